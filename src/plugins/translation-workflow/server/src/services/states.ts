import type { Core } from '@strapi/strapi';
import { hasDraftAndPublish, isUniqueViolation, queryOf } from '@syria-cms/strapi-server-helpers';
import { STATE } from '../constants';
import { afterSave, changedFieldNames, confirm, initialBasedOn, statusOf, type BasedOn, type Fields, type Version } from '../status';
import { getService } from '../utils';

/** Documents whose states are recorded in one insert: some 15,000 parameters for two locales, below SQLite's 32,766 and PostgreSQL's 65,535. */
const RECORDED_TOGETHER = 500;

export type Change = { kind: 'save'; locale: string; before: Fields | null } | { kind: 'confirm'; locale: string } | { kind: 'refresh' };

/**
 * Keeps the stored translation state of a document current: one row per configured locale, with
 * its status, what changed in its source, and the snapshots it is based on. Computed from the
 * database on every change, so it is right after a restart and whichever instance made the change.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The current localized fields of each locale of a document (its draft, where there are drafts). */
  async versions(uid: string, documentId: string): Promise<{ versions: Version[]; rows: any[] }> {
    const rows: any[] = await queryOf(strapi, uid).findMany({
      where: { documentId },
      select: ['locale', 'publishedAt', 'updatedAt', ...getService('models').textFields(uid)],
    });
    return this.versionsIn(uid, rows);
  },

  /** The same, from rows already read (every locale and version of one document). */
  versionsIn(uid: string, rows: any[]): { versions: Version[]; rows: any[] } {
    const models = getService('models');
    const fields = models.textFields(uid);
    const hasDrafts = hasDraftAndPublish(strapi, uid);
    const textOf = (row: any): Fields => Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));
    const editable = rows.filter((row) => !hasDrafts || row.publishedAt === null);
    const versions = editable.map((row) => {
      const published = rows.find((other) => other.locale === row.locale && other.publishedAt !== null);
      return {
        locale: row.locale,
        fields: textOf(row),
        // A translation saved since it was last published is a draft until published again.
        published: !hasDrafts || (published !== undefined && JSON.stringify(textOf(published)) === JSON.stringify(textOf(row))),
      };
    });
    return { versions, rows: editable };
  },

  async fieldsOf(uid: string, documentId: string, locale: string): Promise<Fields | null> {
    const { rows } = await this.versions(uid, documentId);
    return this.fieldsIn(uid, rows, locale);
  },

  /** A locale's text in rows already read, or null when it has none. */
  fieldsIn(uid: string, rows: any[], locale: string): Fields | null {
    return this.versionsIn(uid, rows).versions.find((version) => version.locale === locale)?.fields ?? null;
  },

  async refresh(uid: string, documentId: string, change: Change = { kind: 'refresh' }) {
    const { versions, rows } = await this.versions(uid, documentId);
    const stored: any[] = await strapi.db.query(STATE).findMany({ where: { contentType: uid, targetDocumentId: documentId } });

    if (versions.length === 0) {
      // The document is gone: so is its place in the queue.
      await strapi.db.query(STATE).deleteMany({ where: { contentType: uid, targetDocumentId: documentId } });
      return [];
    }
    const results = [];
    for (const data of this.statesOf(uid, documentId, { versions, rows }, stored, change)) {
      results.push(await upsert(strapi, stored.find((s) => s.locale === data.locale), data));
    }
    return results;
  },

  /**
   * Records the state of documents that have none, as refresh() would, their translations counted
   * up to date: for each batch of them, one read of their versions and one insert. Used at start
   * for documents written without the workflow (a bulk import through the Query Engine); one at a
   * time, 100,000 of them took more than ten minutes. Should another instance record one of a
   * batch meanwhile, that batch is refreshed document by document, which finds its rows.
   */
  async recordMissing(uid: string, documentIds: string[]) {
    for (let start = 0; start < documentIds.length; start += RECORDED_TOGETHER) {
      const batch = documentIds.slice(start, start + RECORDED_TOGETHER);
      const rows: any[] = await queryOf(strapi, uid).findMany({
        where: { documentId: { $in: batch } },
        select: ['documentId', 'locale', 'publishedAt', 'updatedAt', ...getService('models').textFields(uid)],
      });
      const rowsOf = new Map<string, any[]>();
      for (const row of rows) rowsOf.set(row.documentId, [...(rowsOf.get(row.documentId) ?? []), row]);
      const states = batch.flatMap((documentId) => {
        const read = this.versionsIn(uid, rowsOf.get(documentId) ?? []);
        return read.versions.length > 0 ? this.statesOf(uid, documentId, read, [], { kind: 'refresh' }) : [];
      });
      if (states.length === 0) continue;
      try {
        await strapi.db.query(STATE).createMany({ data: states });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        for (const documentId of batch) await this.refresh(uid, documentId);
      }
    }
  },

  /** A document's state in each configured locale, from its versions and the states stored for it. */
  statesOf(uid: string, documentId: string, { versions, rows }: { versions: Version[]; rows: any[] }, stored: any[], change: Change) {
    const models = getService('models');
    let basedOn = new Map<string, BasedOn>(stored.filter((s) => s.basedOn).map((s) => [s.locale, s.basedOn as BasedOn]));
    if (stored.length === 0) basedOn = initialBasedOn(versions);
    // Saving without a change to the text changes nothing for the other languages.
    const saved = change.kind === 'save' ? versions.find((v) => v.locale === change.locale) : undefined;
    const textChanged = change.kind === 'save' && (!change.before || !saved || changedFieldNames(change.before, saved.fields).length > 0);
    if (change.kind === 'save' && textChanged) basedOn = afterSave(versions, basedOn, change.locale, change.before);
    if (change.kind === 'confirm') basedOn = confirm(versions, basedOn, change.locale);

    const titleField = models.titleField(uid);
    const titleIn = (locale: string | null) => {
      const version = versions.find((v) => v.locale === locale);
      return titleField && version ? String(version.fields[titleField] ?? '').slice(0, 400) || null : null;
    };
    const updatedAt = (locale: string) => rows.find((row) => row.locale === locale)?.updatedAt ?? null;

    return models.configuredLocales().map((locale) => {
      const status = statusOf(locale, versions, basedOn);
      return {
        contentType: uid,
        targetDocumentId: documentId,
        locale,
        status: status.status,
        sourceLocale: status.sourceLocale,
        changedFields: status.changedFields,
        basedOn: basedOn.get(locale) ?? null,
        title: titleIn(locale),
        sourceTitle: titleIn(status.sourceLocale),
        // A missing translation is as old as what it should translate.
        contentUpdatedAt: updatedAt(locale) ?? (status.sourceLocale ? updatedAt(status.sourceLocale) : null),
      };
    });
  },
});

async function upsert(strapi: Core.Strapi, existing: any, data: Record<string, unknown>) {
  const states = strapi.db.query(STATE);
  if (existing) return states.update({ where: { id: existing.id }, data });
  try {
    return await states.create({ data });
  } catch (error) {
    // Another instance created the row in the meantime: update it instead.
    if (!isUniqueViolation(error)) throw error;
    const key = { contentType: data.contentType, targetDocumentId: data.targetDocumentId, locale: data.locale };
    return states.update({ where: key, data });
  }
}
