import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { currentActor, currentRoute, describeActor, isDocumentWrite, queryOf, type DocumentWrite, type WriteRefusal, type WriteStep } from '@syria-cms/strapi-server-helpers';
import { trailConfig } from '../config';
import { diffVersions } from '../diff';
import { getService } from '../utils';

type Knex = Core.Strapi['db']['connection'];

/**
 * Concurrent writes of one document wait for each other until the first commits (SQLite writes
 * one transaction at a time anyway), so each entry's "before" is what the previous write left.
 */
async function lockDocument(strapi: Core.Strapi, trx: Knex, documentId: string) {
  if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`evidence-trail:${documentId}`]);
}

/** Set while a restore writes, so that its entry says what it restored. */
export const restoring = new AsyncLocalStorage<{ seq: number }>();

/**
 * What records the trail: a write step around every write of the configured types and every
 * plugin's own write (a link), and a listener for the writes the app's rules refuse.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Compares the document's versions before the write (the write's shared read, the first of the
   * steps) and after it (one read), inside one transaction with it, and appends what changed field
   * by field. A write that changed nothing (a save of the same values)
   * leaves no entry; a write that fails leaves none either, as its transaction rolls back.
   */
  step(): WriteStep {
    return async (write: DocumentWrite, next) => {
      if (!isDocumentWrite(write)) return recordOwnWrite(strapi, write, next);
      if (!trailConfig(strapi).types.includes(write.uid)) return next();
      const params = write.params as { documentId?: string; locale?: string };
      const snapshots = getService('snapshots');
      return strapi.db.transaction(async ({ trx }) => {
        if (params.documentId) await lockDocument(strapi, trx as Knex, params.documentId);
        // A clone's entry is the new document's: it starts from nothing.
        const before = params.documentId && write.action !== 'clone' ? await snapshots.versionsFrom(write.uid, await write.rowsBefore()) : [];
        const result: any = await next();
        const documentId = (write.action === 'clone' || write.action === 'create' ? result?.documentId : params.documentId) ?? result?.documentId;
        if (!documentId) return result;
        const changes = diffVersions(before, await snapshots.versionsOf(write.uid, documentId));
        if (changes.length === 0) return result;
        const restore = restoring.getStore();
        await getService('trail').append(trx as Knex, {
          kind: 'change',
          actor: describeActor(currentActor(strapi)),
          route: currentRoute(strapi),
          action: restore ? 'restore' : write.action,
          uid: write.uid,
          documentId,
          locale: typeof params.locale === 'string' ? params.locale : (result?.locale ?? null),
          changes: restore ? { restoredFrom: restore.seq, fields: changes } : changes,
        });
        return result;
      });
    };
  },

  /**
   * A refused write is kept after its transaction has rolled back (the refusal is reported just
   * before the error that rolls it back), in a transaction of its own.
   */
  keepRefusal(refusal: WriteRefusal) {
    setImmediate(() => {
      strapi.db.connection
        .transaction((trx) =>
          getService('trail').append(trx, {
            kind: 'refusal',
            actor: refusal.actor,
            route: refusal.route,
            action: refusal.action,
            uid: refusal.uid,
            // Not part of the document's chain: nothing of the document changed.
            documentId: null,
            locale: null,
            changes: { documentId: refusal.documentId, locales: refusal.locales, fields: refusal.fields, reason: refusal.reason, at: refusal.at },
          })
        )
        .catch((error: Error) => strapi.log.error(`evidence-trail: a refused write could not be kept: ${error.message}`));
    });
  },
});

/**
 * A plugin's write of its own table (performWrite): a link made, changed or removed is recorded in
 * the history of its article, with the link as it was and as it is.
 */
async function recordOwnWrite(strapi: Core.Strapi, write: DocumentWrite, next: () => Promise<any>) {
  // Document Service actions are typed; a plugin's own (performWrite) are the app's words.
  if ((write.action as string) !== 'link') return next();
  const { operation = 'update', documentId, data = {} } = write.params as { operation?: 'create' | 'update' | 'delete'; documentId?: string; data?: { id?: number } };
  const shown = (row: any) => (row ? { incident: row.incidentDocumentId, role: row.role, note: row.note ?? null } : null);
  return strapi.db.transaction(async ({ trx }) => {
    // Links of one article are made one at a time, as its other changes are: inside this
    // transaction a unique violation would abort it on PostgreSQL, so concurrent requests for one
    // pair must find the first one's link rather than collide with it.
    if (documentId) await lockDocument(strapi, trx as Knex, documentId);
    const before = operation === 'create' || data.id === undefined ? null : await queryOf(strapi, write.uid).findOne({ where: { id: data.id } });
    const result: any = await next();
    // link() answers { link, created }: linking a pair twice changes nothing.
    if (operation === 'create' && !result?.created) return result;
    const after = operation === 'delete' ? null : operation === 'create' ? result.link : result;
    const link = after ?? before;
    if (!link) return result;
    await getService('trail').append(trx as Knex, {
      kind: 'change',
      actor: describeActor(currentActor(strapi)),
      route: currentRoute(strapi),
      action: operation === 'create' ? 'link' : operation === 'delete' ? 'unlink' : 'relink',
      uid: write.uid,
      documentId: link.articleDocumentId,
      locale: null,
      changes: [{ locale: null, version: 'published', field: `link:${link.incidentDocumentId}`, before: shown(before), after: shown(after) }],
    });
    return result;
  });
}
