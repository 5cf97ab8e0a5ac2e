import type { Core } from '@strapi/strapi';
import { attributesOf, canReadEntries, modelOf, queryOf } from '@syria-cms/strapi-server-helpers';
import { fieldChangesOf } from '../../../shared/changes';
import type { Entry, LatestChange } from '../../../shared/contracts';
import { trailConfig } from '../config';
import { getService } from '../utils';
import type { ReadScope } from './trail';

/** Whether the reader may read the type's entries of a locale (any, without one), or that field of them. */
type ReadCheck = (locale?: string | null, field?: string) => boolean;

interface DocumentRow {
  documentId: string;
  locale?: string | null;
  publishedAt?: string | null;
  [field: string]: unknown;
}

/**
 * The latest changes across documents, for one reader: only changes of the types and locales the
 * reader may read in the Content Manager, and a title only where the reader may read that field.
 * Deny by default: a type readable only under a condition the trail cannot check (whose entries
 * these are, say) is left out, and an entry of no single locale (a link, a whole document) is
 * shown only to those who may read its type in every locale.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readCheck =
    (ability: unknown, uid: string): ReadCheck =>
    (locale, field) =>
      canReadEntries(strapi, ability, uid, { locale, field });

  const contentLocales = async (): Promise<string[]> => {
    const i18n = strapi.plugin('i18n');
    return i18n ? ((await i18n.service('locales').find()) as { code: string }[]).map((locale) => locale.code) : [];
  };

  /** Per type, whether the reader may read it in any locale, in some, or not at all. */
  function scopeOf(check: ReadCheck, locales: string[], uid: string): ReadScope | null {
    if (check()) return { uid, locales: 'any' };
    const readable = locales.filter((locale) => check(locale));
    if (readable.length === 0) return null;
    return { uid, locales: readable.length === locales.length ? 'any' : readable };
  }

  /** The field the Content Manager names a type's entries by, when it is not the id. */
  async function mainFieldOf(uid: string): Promise<string | null> {
    const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration({ uid });
    const mainField = configuration?.settings?.mainField;
    return typeof mainField === 'string' && mainField !== 'id' && mainField !== 'documentId' ? mainField : null;
  }

  /**
   * The entry's title as its document is now (the draft, in the entry's locale), else as the entry
   * left or found it (a deleted document or locale), else in another locale of the document when
   * the entry is of none; each only if the reader may read the field in that locale.
   */
  function titleOf(entry: Entry, rows: DocumentRow[], mainField: string | null, check: ReadCheck): string | null {
    if (!mainField) return null;
    const readable = (locale: string | null | undefined) => check(locale, mainField);
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
    // A link, or a write of every locale at once ('*'), is of no single locale.
    const single = entry.locale && entry.locale !== '*' ? entry.locale : null;
    const drafts = (row: DocumentRow) => (row.publishedAt ? 1 : 0);
    const inLocale = rows.filter((row) => row.locale === single).sort((a, b) => drafts(a) - drafts(b));
    for (const row of inLocale) if (text(row[mainField]) && readable(row.locale)) return text(row[mainField]);
    for (const change of fieldChangesOf(entry)) {
      const locale = change.locale ?? single;
      const value = text(change.after) ?? text(change.before);
      if (change.field === mainField && value && (!single || locale === single) && readable(locale)) return value;
    }
    if (single) return null;
    for (const row of rows) if (text(row[mainField]) && readable(row.locale)) return text(row[mainField]);
    return null;
  }

  /** The current rows of the documents of one type, with only what a title needs. */
  async function documentRows(uid: string, documentIds: string[], mainField: string | null): Promise<DocumentRow[]> {
    if (!mainField) return [];
    const attributes = attributesOf(strapi, uid);
    const select = ['documentId', mainField, ...['locale', 'publishedAt'].filter((name) => name in attributes)];
    return queryOf(strapi, uid).findMany({ where: { documentId: { $in: documentIds } }, select });
  }

  return {
    /** One query for the entries, and per type among them one for its configuration and one for its titles. */
    async forReader(ability: unknown, limit: number): Promise<LatestChange[]> {
      const locales = await contentLocales();
      const checks = new Map<string, ReadCheck>();
      const scope: ReadScope[] = [];
      for (const uid of trailConfig(strapi).types) {
        if (!modelOf(strapi, uid)) continue;
        const check = readCheck(ability, uid);
        const readable = scopeOf(check, locales, uid);
        if (readable) {
          scope.push(readable);
          checks.set(uid, check);
        }
      }
      const entries = (await getService('trail').latestChanges(scope, limit)).filter((entry) => entry.documentId);

      const titles = new Map<number, string | null>();
      for (const uid of new Set(entries.map((entry) => entry.uid))) {
        const ofType = entries.filter((entry) => entry.uid === uid);
        const mainField = await mainFieldOf(uid);
        const rows = await documentRows(uid, [...new Set(ofType.map((entry) => entry.documentId as string))], mainField);
        for (const entry of ofType) {
          titles.set(entry.seq, titleOf(entry, rows.filter((row) => row.documentId === entry.documentId), mainField, checks.get(uid)!));
        }
      }

      return entries.map((entry) => ({
        seq: entry.seq,
        at: entry.at,
        action: entry.action,
        actor: entry.actor,
        uid: entry.uid,
        typeName: (modelOf(strapi, entry.uid) as { info?: { displayName?: string } }).info?.displayName ?? entry.uid,
        documentId: entry.documentId as string,
        locale: entry.locale,
        title: titles.get(entry.seq) ?? null,
      }));
    },
  };
};
