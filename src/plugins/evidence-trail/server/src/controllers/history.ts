import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { HistoryExport, TrailSettings } from '../../../shared/contracts';
import { trailConfig } from '../config';
import { getService } from '../utils';
import { validateHistoryQuery, validateLatestQuery, validateRefusalQuery, validateSeq } from './validation';

const READ = 'plugin::content-manager.explorer.read';

/** The admin panel's API of the trail: thin handlers over the trail and restore services. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** A history is shown to whoever may read the entry itself in the Content Manager. */
  const requireReadable = (ctx: any, uid: string) => {
    if (!trailConfig(strapi).types.includes(uid)) throw new errors.NotFoundError(`${uid} has no history`);
    if (!ctx.state.userAbility?.can(READ, uid)) throw new errors.ForbiddenError(`You may not read ${uid}`);
  };
  const pagination = (page: number, pageSize: number, total: number) => ({ page, pageSize, total, pageCount: Math.ceil(total / pageSize) });

  return {
    /** What the panels need of the app's choices: which types have a history. */
    async settings(ctx: any) {
      const settings: TrailSettings = { types: trailConfig(strapi).types };
      ctx.body = { data: settings };
    },

    async history(ctx: any) {
      const { uid, documentId } = ctx.params;
      requireReadable(ctx, uid);
      const { page, pageSize } = await validateHistoryQuery(ctx.query);
      const { entries, total } = await getService('trail').historyOf(documentId, page, pageSize);
      ctx.body = { data: entries, meta: { pagination: pagination(page, pageSize, total) } };
    },

    /** The newest changes across documents, of what this admin may read (the home page's list). */
    async latest(ctx: any) {
      const { limit } = await validateLatestQuery(ctx.query);
      ctx.body = { data: await getService('latest').forReader(ctx.state.userAbility, limit) };
    },

    /** The whole history of one document with its hashes, as a file `history:verify --file` checks offline. */
    async export(ctx: any) {
      const { uid, documentId } = ctx.params;
      requireReadable(ctx, uid);
      const body: HistoryExport = {
        format: 'syria-cms.evidence-trail/1',
        uid,
        documentId,
        exportedAt: new Date().toISOString(),
        entries: await getService('trail').allOf(documentId),
      };
      ctx.set('Content-Disposition', `attachment; filename="history-${documentId}.json"`);
      ctx.body = body;
    },

    async restore(ctx: any) {
      const { uid, documentId } = ctx.params;
      requireReadable(ctx, uid);
      const { seq } = await validateSeq(ctx.params);
      ctx.body = { data: await getService('restore').restore(uid, documentId, seq) };
    },

    async refusals(ctx: any) {
      const { page, pageSize, user, from, to } = await validateRefusalQuery(ctx.query);
      const filter = { userId: user, from: from?.toISOString(), to: to?.toISOString() };
      const { entries, total } = await getService('trail').refusals(filter, page, pageSize);
      ctx.body = { data: entries, meta: { pagination: pagination(page, pageSize, total) } };
    },
  };
};
