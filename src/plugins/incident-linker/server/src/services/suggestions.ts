import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { blocksToText, findNames } from '@syria-cms/bilingual-text';
import { queryOf } from '@syria-cms/strapi-server-helpers';
import { linkerConfig } from '../config';
import { rankCandidates, type Candidate } from '../ranking';
import { getService } from '../utils';

const DAY = 24 * 3600 * 1000;

/**
 * Suggests the incidents an article most likely reports: the places, weapons and incident types
 * its text names (in the locale asked for) and its dateline. Candidates are the incidents at the
 * named places and those dated shortly before the dateline; a fixed number of queries whatever
 * the size of the database.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async forArticle(articleDocumentId: string, locale: string) {
    const config = linkerConfig(strapi);
    const documents = getService('documents');
    const article = (
      await documents.inLocale(config.articleType, [articleDocumentId], locale, {
        published: false,
        select: ['title', 'summary', 'body', 'dateline'],
      })
    ).get(articleDocumentId);
    if (!article) throw new errors.NotFoundError(`No article with documentId ${articleDocumentId}`);

    const text = [article.title, article.summary, blocksToText(article.body)].filter(Boolean).join('\n');
    const indexes = getService('nameIndexes');
    const gazetteer = await indexes.placeDirectory();
    const places = findNames(gazetteer.names, text);
    const words = findNames(await indexes.vocabulary(), text);
    const dateline = article.dateline ? new Date(article.dateline) : null;

    const near: Record<string, unknown>[] = [];
    if (places.length > 0) near.push({ [config.placeField]: { documentId: { $in: places.map((p) => p.id) } } });
    if (dateline) {
      const from = new Date(dateline.getTime() - config.suggestionWindowDays * DAY).toISOString().slice(0, 10);
      const to = new Date(dateline.getTime() + DAY).toISOString().slice(0, 10);
      near.push({ date: { $between: [from, to] } });
    }
    if (near.length === 0) return { article: summarize(article), places, words, suggestions: [] };

    const summary = documents.summaryOf('incident');
    const terms = Object.fromEntries(config.termFields.map((field) => [field, { select: ['documentId'] }]));
    const rows = await documents.inLocale(config.incidentType, await candidateIds(strapi, config.incidentType, near), locale, {
      published: false,
      select: summary.select,
      populate: { ...summary.populate, ...terms },
    });
    const candidates: Candidate[] = [...rows.values()].map((row) => ({
      documentId: row.documentId,
      date: row.date,
      locationId: row[config.placeField]?.documentId ?? null,
      // A term field is a to-one or a to-many relation.
      termIds: config.termFields.flatMap((field) => [row[field] ?? []].flat().map((term: { documentId: string }) => term.documentId)),
    }));
    const ranked = rankCandidates(candidates, { places, words, dateline, windowDays: config.suggestionWindowDays }, gazetteer.inLocale(locale));
    const linked = await getService('links').linksByIncident(articleDocumentId);

    return {
      article: summarize(article),
      places,
      words,
      suggestions: ranked.slice(0, config.maxSuggestions).map((r) => {
        const row = rows.get(r.documentId)!;
        const link = linked.get(r.documentId);
        return {
          score: r.score,
          reasons: r.reasons,
          linked: Boolean(link),
          link: link ? { id: link.id, role: link.role } : null,
          incident: documents.incidentSummary(row),
        };
      }),
    };
  },
});

/**
 * Incidents at a named place or dated near the dateline: document ids only. One query per
 * condition rather than one with an OR, which no index can serve (the benchmark measured the OR
 * growing with the table: 25 ms at 10,000 incidents, 430 ms at 100,000).
 */
async function candidateIds(strapi: Core.Strapi, incidentType: string, near: Record<string, unknown>[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const condition of near) {
    const rows = await queryOf(strapi, incidentType).findMany({ where: { publishedAt: null, ...condition }, select: ['documentId'] });
    for (const row of rows as { documentId: string }[]) ids.add(row.documentId);
  }
  return [...ids];
}

const summarize = (article: any) => ({
  documentId: article.documentId,
  locale: article.locale,
  fallback: article.fallback,
  title: article.title,
  dateline: article.dateline,
});
