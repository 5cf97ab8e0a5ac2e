import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError, isUniqueViolation, performWrite, validationError } from '@syria-cms/strapi-server-helpers';
import type { LinkRole } from '../../../shared/contracts';
import { linkerConfig } from '../config';
import { LINK } from '../constants';
import { getService } from '../utils';

export interface LinkInput {
  article: string;
  incident: string;
  role?: LinkRole;
  note?: string | null;
}

/**
 * Links between article documents and incident documents: locale- and version-independent, one per
 * pair (a unique index decides races), removed with either document.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => strapi.db.query(LINK);
  const config = linkerConfig(strapi);

  /**
   * Links belong to no language: linking, relinking and unlinking are one `link` write, which
   * passes the app's write steps (who may link, the change history) like a document's would.
   */
  const asLinkWrite = <T>(operation: 'create' | 'update' | 'delete', documentId: string | undefined, data: object, perform: () => Promise<T>) =>
    performWrite(strapi, { uid: LINK, action: 'link', params: { operation, documentId, data } }, perform);

  const requireRole = (role: LinkRole | undefined) => {
    if (role !== undefined && !config.linkRoles.includes(role))
      throw validationError([fieldError('role', `role must be one of ${config.linkRoles.join(', ')}`)]);
  };

  /** A document's links as the admin panels list them: oldest first, with who made them. */
  const panelLinks = (where: Record<string, string>) =>
    links().findMany({ where, orderBy: { createdAt: 'asc' }, populate: { createdBy: { select: ['firstname', 'lastname'] } } });

  /** The linked documents of one side in the locale asked for, drafts included, as the panels summarise them. */
  const summaries = (side: 'article' | 'incident', documentIds: string[], locale: string) =>
    getService('documents').inLocale(side === 'article' ? config.articleType : config.incidentType, documentIds, locale, {
      published: false,
      ...getService('documents').summaryOf(side),
    });

  async function requireDocument(uid: string, documentId: string, what: string) {
    if (!(await getService('documents').exists(uid, documentId))) {
      throw new errors.NotFoundError(`No ${what} with documentId ${documentId}`);
    }
  }

  return {
    /** Creates the link, or returns the existing one for the pair: linking twice is not an error. */
    async link(input: LinkInput, userId?: number): Promise<{ link: any; created: boolean }> {
      const pair = { articleDocumentId: input.article, incidentDocumentId: input.incident };
      const data = { ...pair, role: input.role ?? config.defaultLinkRole, note: input.note ?? null };
      return asLinkWrite('create', input.article, data, async () => {
        requireRole(input.role);
        await requireDocument(config.articleType, input.article, 'article');
        await requireDocument(config.incidentType, input.incident, 'incident');
        const existing = await links().findOne({ where: pair });
        if (existing) return { link: existing, created: false };
        try {
          return { link: await links().create({ data: { ...data, createdBy: userId, updatedBy: userId } }), created: true };
        } catch (error) {
          // Another request linked the same pair between our read and our insert.
          if (!isUniqueViolation(error)) throw error;
          return { link: await links().findOne({ where: pair }), created: false };
        }
      });
    },

    async update(id: number, changes: { role?: LinkRole; note?: string | null }, userId?: number) {
      return asLinkWrite('update', undefined, { id, ...changes }, async () => {
        requireRole(changes.role);
        const existing = await links().findOne({ where: { id } });
        if (!existing) throw new errors.NotFoundError(`No link ${id}`);
        return links().update({ where: { id }, data: { ...changes, updatedBy: userId } });
      });
    },

    async unlink(id: number) {
      return asLinkWrite('delete', undefined, { id }, async () => {
        const existing = await links().findOne({ where: { id } });
        if (!existing) throw new errors.NotFoundError(`No link ${id}`);
        await links().delete({ where: { id } });
        return existing;
      });
    },

    /** Removes the links of a document that no longer exists in any locale. */
    async removeForDocument(uid: string, documentId: string) {
      if (await getService('documents').exists(uid, documentId)) return 0;
      const field = uid === config.articleType ? 'articleDocumentId' : 'incidentDocumentId';
      const { count } = await links().deleteMany({ where: { [field]: documentId } });
      return count;
    },

    /** For the admin panel: an article's incidents (drafts included), titled in the locale asked for. */
    async incidentsOfArticle(articleDocumentId: string, locale: string) {
      await requireDocument(config.articleType, articleDocumentId, 'article');
      const found = await panelLinks({ articleDocumentId });
      const incidents = await summaries('incident', found.map((link: any) => link.incidentDocumentId), locale);
      return found.map((link: any) => {
        const incident = incidents.get(link.incidentDocumentId);
        return { ...describeLink(link), incident: incident ? getService('documents').incidentSummary(incident) : null };
      });
    },

    /** For the admin panel: the articles that cover an incident. */
    async articlesOfIncident(incidentDocumentId: string, locale: string) {
      await requireDocument(config.incidentType, incidentDocumentId, 'incident');
      const found = await panelLinks({ incidentDocumentId });
      const articles = await summaries('article', found.map((link: any) => link.articleDocumentId), locale);
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
