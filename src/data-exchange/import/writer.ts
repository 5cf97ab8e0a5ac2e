import type { Core } from '@strapi/strapi';
import { documentsOf, hasDraftAndPublish } from '@syria-cms/strapi-server-helpers';
import { nested } from './planner';
import type { PlannedRecord } from './types';

/**
 * Writes one planned record through the Document Service, so that every write step applies as to
 * an editor's save: authority, validation, unique values, search text, shared relations,
 * translation states and the change history. A new document is created in its first language and
 * then given each other language; an update writes only what changes.
 */
export async function writeRecord(strapi: Core.Strapi, record: PlannedRecord, defaultLocale: string): Promise<void> {
  if (record.action === 'unchanged') return;
  const documents = documentsOf(strapi, record.type) as any;
  const shared = withWholeComponents(record);
  const locales = Object.keys(record.localized).sort((a, b) => Number(b === defaultLocale) - Number(a === defaultLocale));
  const { documentId } = record;

  if (record.action === 'create') {
    const [first = defaultLocale, ...others] = locales;
    await documents.create({ locale: first, data: { documentId, ...shared, ...(record.localized[first] ?? {}) } });
    for (const locale of others) await documents.update({ documentId, locale, data: record.localized[locale] });
  } else {
    // Shared fields go with the default locale's text; the write steps carry them to every locale.
    const sharedLocale = locales[0] ?? defaultLocale;
    if (Object.keys(shared).length > 0 || record.localized[sharedLocale]) {
      await documents.update({ documentId, locale: sharedLocale, data: { ...shared, ...(record.localized[sharedLocale] ?? {}) } });
    }
    for (const locale of locales.filter((locale) => locale !== sharedLocale)) {
      await documents.update({ documentId, locale, data: record.localized[locale] });
    }
  }
  if (record.publish && hasDraftAndPublish(strapi, record.type)) await documents.publish({ documentId, locale: '*' });
}

/** A single component is written whole: the stored fields the file does not give are kept. */
function withWholeComponents(record: PlannedRecord): Record<string, unknown> {
  const data = nested(record.shared);
  for (const [name, value] of Object.entries(data)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && name in record.storedComponents) {
      data[name] = { ...(record.storedComponents[name] ?? {}), ...value };
    }
  }
  return data;
}
