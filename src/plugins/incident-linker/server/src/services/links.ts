import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertMayWrite } from '../../../../../authority/enforce';
import { isUniqueViolation } from '../../../../../lib/database-errors';
import { ARTICLE, INCIDENT } from '../../../../../uids';
import { DEFAULT_LINK_ROLE, type LinkRole } from '../../../shared/constants';
import { LINK } from '../constants';
import { getService } from '../utils';

export interface LinkInput {
  article: string;
  incident: string;
  role?: LinkRole;
  note?: string | null;
}

const INCIDENT_FIELDS = ['title', 'date', 'datePrecision', 'verificationStatus'];
const ARTICLE_FIELDS = ['title', 'slug', 'dateline', 'section'];

/**
 * Links between article documents and incident documents: locale- and version-independent, one per
 * pair (a unique index decides races), removed with either document.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => strapi.db.query(LINK);

  /** Links belong to no language: linking, relinking and unlinking are one action of the authority model. */
  const assertMayLink = (documentId?: string) => assertMayWrite(strapi, { action: 'link', uid: LINK, documentId, locales: [], fields: [] });

  async function requireDocument(uid: string, documentId: string, what: string) {
    if (!(await getService('documents').exists(uid, documentId))) {
      throw new errors.NotFoundError(`No ${what} with documentId ${documentId}`);
    }
  }

  return {
    /** Creates the link, or returns the existing one for the pair: linking twice is not an error. */
    async link(input: LinkInput, userId?: number): Promise<{ link: any; created: boolean }> {
      assertMayLink(input.article);
      await requireDocument(ARTICLE, input.article, 'article');
      await requireDocument(INCIDENT, input.incident, 'incident');
      const pair = { articleDocumentId: input.article, incidentDocumentId: input.incident };
      const existing = await links().findOne({ where: pair });
      if (existing) return { link: existing, created: false };
      try {
        const link = await links().create({
          data: { ...pair, role: input.role ?? DEFAULT_LINK_ROLE, note: input.note ?? null, createdBy: userId, updatedBy: userId },
        });
        return { link, created: true };
      } catch (error) {
        // Another request linked the same pair between our read and our insert.
        if (!isUniqueViolation(error)) throw error;
        return { link: await links().findOne({ where: pair }), created: false };
      }
    },

    async update(id: number, changes: { role?: LinkRole; note?: string | null }, userId?: number) {
      assertMayLink();
      const existing = await links().findOne({ where: { id } });
      if (!existing) throw new errors.NotFoundError(`No link ${id}`);
      return links().update({ where: { id }, data: { ...changes, updatedBy: userId } });
    },

    async unlink(id: number) {
      assertMayLink();
      const existing = await links().findOne({ where: { id } });
      if (!existing) throw new errors.NotFoundError(`No link ${id}`);
      await links().delete({ where: { id } });
      return existing;
    },

    /** Removes the links of a document that no longer exists in any locale. */
    async removeForDocument(uid: string, documentId: string) {
      if (await getService('documents').exists(uid, documentId)) return 0;
      const field = uid === ARTICLE ? 'articleDocumentId' : 'incidentDocumentId';
      const { count } = await links().deleteMany({ where: { [field]: documentId } });
      return count;
    },

    /** For the admin panel: an article's incidents (drafts included), titled in the locale asked for. */
    async incidentsOfArticle(articleDocumentId: string, locale: string) {
      await requireDocument(ARTICLE, articleDocumentId, 'article');
      const found = await links().findMany({ where: { articleDocumentId }, orderBy: { createdAt: 'asc' }, populate: { createdBy: { select: ['firstname', 'lastname'] } } });
      const incidents = await getService('documents').inLocale(INCIDENT, found.map((l: any) => l.incidentDocumentId), locale, {
        published: false,
        select: INCIDENT_FIELDS,
        populate: { location: { select: ['documentId', 'name'] } },
      });
      return found.map((link: any) => ({ ...describeLink(link), incident: incidents.get(link.incidentDocumentId) ?? null }));
    },

    /** For the admin panel: the articles that cover an incident. */
    async articlesOfIncident(incidentDocumentId: string, locale: string) {
      await requireDocument(INCIDENT, incidentDocumentId, 'incident');
      const found = await links().findMany({ where: { incidentDocumentId }, orderBy: { createdAt: 'asc' }, populate: { createdBy: { select: ['firstname', 'lastname'] } } });
      const articles = await getService('documents').inLocale(ARTICLE, found.map((l: any) => l.articleDocumentId), locale, {
        published: false,
        select: ARTICLE_FIELDS,
      });
      return found.map((link: any) => ({ ...describeLink(link), article: articles.get(link.articleDocumentId) ?? null }));
    },

    /** An article's links, by the documentId of the incident each links to. */
    async linksByIncident(articleDocumentId: string): Promise<Map<string, any>> {
      const found = await links().findMany({ where: { articleDocumentId } });
      return new Map(found.map((link: any) => [link.incidentDocumentId, link]));
    },
  };
};

const describeLink = (link: any) => ({
  id: link.id,
  role: link.role,
  note: link.note,
  createdAt: link.createdAt,
  createdBy: link.createdBy ? [link.createdBy.firstname, link.createdBy.lastname].filter(Boolean).join(' ') : null,
});
