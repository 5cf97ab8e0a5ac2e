import type { Core } from '@strapi/strapi';

/**
 * The content locales as Strapi's i18n holds them: the one place plugins and helpers read them
 * from (an app sets them up at its bootstrap, from whatever configuration it keeps).
 */
const i18nLocales = (strapi: Core.Strapi) => strapi.plugin('i18n').service('locales');

export const defaultLocale = (strapi: Core.Strapi): Promise<string> => i18nLocales(strapi).getDefaultLocale();

export const isKnownLocale = async (strapi: Core.Strapi, code: string): Promise<boolean> => Boolean(await i18nLocales(strapi).findByCode(code));

export const localeCodes = async (strapi: Core.Strapi): Promise<string[]> =>
  ((await i18nLocales(strapi).find()) as { code: string }[]).map((locale) => locale.code);

/**
 * One row per document from rows of several locales: the row in `locale` where the document has
 * one, otherwise the first row read in another locale (a fallback the caller marks as such).
 */
export function oneRowPerDocument<Row extends { documentId: string; locale: string }>(rows: Iterable<Row>, locale: string): Map<string, Row> {
  const chosen = new Map<string, Row>();
  for (const row of rows) {
    const current = chosen.get(row.documentId);
    if (!current || (current.locale !== locale && row.locale === locale)) chosen.set(row.documentId, row);
  }
  return chosen;
}

/** The locales a document's rows are in, once each, sorted: what sites show as its languages. */
export function localesOf(rows: Iterable<{ documentId: string; locale: string }>, documentId: string): string[] {
  return [...new Set([...rows].filter((row) => row.documentId === documentId).map((row) => row.locale))].sort();
}
