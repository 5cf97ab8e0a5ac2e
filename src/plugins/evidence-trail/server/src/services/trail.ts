import type { Core } from '@strapi/strapi';
import { entryHash, GENESIS, type TrailEntry } from '@syria-cms/evidence-chain';
import type { Entry } from '../../../shared/contracts';
import { TRAIL_TABLE } from '../constants';

type Knex = Core.Strapi['db']['connection'];
export type NewEntry = Omit<TrailEntry, 'seq' | 'at' | 'prevHash' | 'documentPrevHash' | 'hash'>;
/** A type whose changes someone may read: in any locale, or only in those listed. */
export interface ReadScope {
  uid: string;
  locales: 'any' | string[];
}

/** A row as stored: JSON columns as text, so that what was hashed is what is read back. */
const fromRow = (row: any): Entry => ({
  seq: Number(row.seq),
  at: row.at,
  kind: row.kind,
  actor: JSON.parse(row.actor),
  route: row.route,
  action: row.action,
  uid: row.uid,
  documentId: row.document_id,
  locale: row.locale,
  changes: JSON.parse(row.changes),
  prevHash: row.prev_hash,
  documentPrevHash: row.document_prev_hash,
  hash: row.hash,
});

/**
 * The trail: append-only, every entry hashed with the one before it in the whole trail and the one
 * before it of the same document (@syria-cms/evidence-chain). Entries are numbered and chained
 * one at a time: PostgreSQL holds a transaction lock for it, SQLite writes one transaction at a time.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  /**
   * Appends one at a time in this process: the writes of a bulk action run side by side in one
   * transaction, where neither database lock can tell them apart, and must not take one number twice.
   */
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work, work);
    queue = turn.catch(() => undefined);
    return turn;
  };

  async function appendNow(trx: Knex, entry: NewEntry): Promise<Entry> {
    const last = await trx(TRAIL_TABLE).select('seq', 'hash').orderBy('seq', 'desc').first();
    const lastOfDocument = entry.documentId
      ? await trx(TRAIL_TABLE).select('hash').where({ document_id: entry.documentId, kind: 'change' }).orderBy('seq', 'desc').first()
      : null;
    const content = {
      ...entry,
      seq: Number(last?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      prevHash: last?.hash ?? GENESIS,
      documentPrevHash: entry.documentId ? (lastOfDocument?.hash ?? null) : null,
    };
    const written = { ...content, hash: entryHash(content) };
    await trx(TRAIL_TABLE).insert({
      seq: written.seq,
      at: written.at,
      kind: written.kind,
      actor: JSON.stringify(written.actor),
      route: written.route,
      action: written.action,
      uid: written.uid,
      document_id: written.documentId,
      locale: written.locale,
      changes: JSON.stringify(written.changes),
      prev_hash: written.prevHash,
      document_prev_hash: written.documentPrevHash,
      hash: written.hash,
    });
    return written as Entry;
  }

  return {
    /** Idempotent: the table, its indexes, and on PostgreSQL a trigger that refuses to change or remove a row. */
    async ensureTable() {
      const db = knex();
      if (!(await db.schema.hasTable(TRAIL_TABLE))) {
        await db.schema.createTable(TRAIL_TABLE, (table) => {
          table.bigInteger('seq').primary();
          table.string('at', 32).notNullable();
          table.string('kind', 16).notNullable();
          table.text('actor').notNullable();
          table.text('route');
          table.string('action', 32).notNullable();
          table.string('uid', 255).notNullable();
          table.string('document_id', 64);
          table.string('locale', 16);
          table.text('changes').notNullable();
          table.string('prev_hash', 64).notNullable();
          table.string('document_prev_hash', 64);
          table.string('hash', 64).notNullable();
          table.index(['document_id', 'seq'], `${TRAIL_TABLE}_document_idx`);
          table.index(['kind', 'at'], `${TRAIL_TABLE}_kind_idx`);
        });
      }
      if (isPostgres()) {
        await db.raw(`CREATE OR REPLACE FUNCTION ${TRAIL_TABLE}_append_only() RETURNS trigger AS $$
          BEGIN RAISE EXCEPTION 'the evidence trail is append-only: % of entry % refused', TG_OP, OLD.seq; END; $$ LANGUAGE plpgsql`);
        // Created once: replacing it at every start would lock the table against another instance's writes.
        const { rows } = await db.raw('SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgrelid = ?::regclass', [`${TRAIL_TABLE}_append_only`, TRAIL_TABLE]);
        if (rows.length === 0) {
          await db.raw(`CREATE TRIGGER ${TRAIL_TABLE}_append_only BEFORE UPDATE OR DELETE ON ${TRAIL_TABLE} FOR EACH ROW EXECUTE FUNCTION ${TRAIL_TABLE}_append_only()`);
        }
      }
    },

    /** Appends in the given transaction: the entry commits with the change it records, or not at all. */
    async append(trx: Knex, entry: NewEntry): Promise<Entry> {
      // Across instances, PostgreSQL's transaction lock orders the appends; it is taken before the
      // in-process turn, so that a transaction holding it (a bulk action's) is never kept waiting.
      if (isPostgres()) await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [TRAIL_TABLE]);
      return inTurn(() => appendNow(trx, entry));
    },

    /** A document's changes, newest first, one page: two queries whatever the length of its history. */
    async historyOf(documentId: string, page: number, pageSize: number) {
      const where = { document_id: documentId, kind: 'change' };
      const [{ total }] = await knex()(TRAIL_TABLE).where(where).count({ total: '*' });
      const rows = await knex()(TRAIL_TABLE)
        .where(where)
        .orderBy('seq', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return { entries: rows.map(fromRow), total: Number(total) };
    },

    /**
     * The newest changes of the given types, newest first: each type in any locale (entries of no
     * locale or of every locale included), or only in the locales listed. One query.
     */
    async latestChanges(scope: ReadScope[], limit: number): Promise<Entry[]> {
      if (scope.length === 0) return [];
      const rows = await knex()(TRAIL_TABLE)
        .where({ kind: 'change' })
        .andWhere((anyOf) => {
          for (const { uid, locales } of scope) {
            anyOf.orWhere((one) => {
              one.where('uid', uid);
              if (locales !== 'any') one.whereIn('locale', locales);
            });
          }
        })
        .orderBy('seq', 'desc')
        .limit(limit);
      return rows.map(fromRow);
    },

    /** A document's changes after entry `seq`, oldest first (what a restore to it undoes). */
    async changesAfter(documentId: string, seq: number): Promise<Entry[]> {
      const rows = await knex()(TRAIL_TABLE).where({ document_id: documentId, kind: 'change' }).andWhere('seq', '>', seq).orderBy('seq', 'asc');
      return rows.map(fromRow);
    },

    async entry(seq: number): Promise<Entry | null> {
      const row = await knex()(TRAIL_TABLE).where({ seq }).first();
      return row ? fromRow(row) : null;
    },

    /** Every change of a document, oldest first, as exported for evidence. */
    async allOf(documentId: string): Promise<Entry[]> {
      return (await knex()(TRAIL_TABLE).where({ document_id: documentId, kind: 'change' }).orderBy('seq', 'asc')).map(fromRow);
    },

    /** Refused writes, newest first, by the admin who tried and between two dates. */
    async refusals(filter: { userId?: number; from?: string; to?: string }, page: number, pageSize: number) {
      const query = () => {
        const q = knex()(TRAIL_TABLE).where({ kind: 'refusal' });
        if (filter.from) q.andWhere('at', '>=', filter.from);
        if (filter.to) q.andWhere('at', '<', filter.to);
        // The actor is kept as canonical JSON text: an admin's id is found in it without parsing every row.
        if (filter.userId !== undefined)
          q.andWhere('actor', 'like', `%"kind":"admin"%`).andWhere('actor', 'like', `%"id":${Number(filter.userId)},%`);
        return q;
      };
      const [{ total }] = await query().count({ total: '*' });
      const rows = await query()
        .orderBy('seq', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return { entries: rows.map(fromRow), total: Number(total) };
    },

    /** The whole trail in order, a batch at a time, for `history:verify`. */
    async *everything(batch = 1000): AsyncGenerator<Entry[]> {
      let after = 0;
      for (;;) {
        const rows = await knex()(TRAIL_TABLE).where('seq', '>', after).orderBy('seq', 'asc').limit(batch);
        if (rows.length === 0) return;
        yield rows.map(fromRow);
        after = Number(rows[rows.length - 1].seq);
      }
    },
  };
};
