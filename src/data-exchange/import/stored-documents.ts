import type { Core } from '@strapi/strapi';
import { isLocalized, isShared } from '@syria-cms/bilingual-text';
import { attributesOf, hasDraftAndPublish, queryOf } from '@syria-cms/strapi-server-helpers';
import type { StoredDocument } from './types';

/**
 * Reads stored documents in the form the import compares records with: relations as document ids
 * (a list sorted: the import compares them as sets), a single component's
 * fields by path, decimals as numbers and booleans as booleans whatever the database returns.
 * Drafts are compared where there are drafts: that is the version an import writes.
 */
export async function readStoredDocuments(strapi: Core.Strapi, uid: string, where: Record<string, unknown>): Promise<StoredDocument[]> {
  const rows: any[] = await queryOf(strapi, uid).findMany({
    where: hasDraftAndPublish(strapi, uid) ? { ...where, publishedAt: null } : where,
    populate: comparePopulate(strapi, uid),
    orderBy: { id: 'asc' },
  });
  const byDocument = new Map<string, StoredDocument>();
  for (const row of rows) {
    const document: StoredDocument = byDocument.get(row.documentId) ?? { documentId: row.documentId, shared: {}, localized: {}, published: !hasDraftAndPublish(strapi, uid) };
    const { shared, localized } = normalizeRow(strapi, uid, row);
    // Shared fields are the same in every locale; the first row read gives them.
    if (Object.keys(document.shared).length === 0) document.shared = shared;
    document.localized[row.locale] = localized;
    byDocument.set(row.documentId, document);
  }
  if (hasDraftAndPublish(strapi, uid) && byDocument.size > 0) {
    const published: any[] = await queryOf(strapi, uid).findMany({
      where: { documentId: { $in: [...byDocument.keys()] }, publishedAt: { $notNull: true } },
      select: ['documentId'],
    });
    for (const { documentId } of published) byDocument.get(documentId)!.published = true;
  }
  return [...byDocument.values()];
}

/**
 * The fields a file can set: those with a value per language or shared by all. Strapi's own
 * (creator, localizations) are left out: populating them would read every row's other versions.
 */
const contentAttributes = (strapi: Core.Strapi, uid: string): [string, any][] =>
  (Object.entries(attributesOf(strapi, uid)) as [string, any][]).filter(([, attribute]) => isLocalized(attribute) || isShared(attribute));

function comparePopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of contentAttributes(strapi, uid)) {
    if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
    if (attribute.type === 'component') {
      const inner = Object.entries(strapi.components[attribute.component as keyof typeof strapi.components].attributes as Record<string, any>)
        .filter(([, nested]) => nested.type === 'relation')
        .map(([nestedName]) => [nestedName, { select: ['documentId'] }]);
      populate[name] = inner.length > 0 ? { populate: Object.fromEntries(inner) } : true;
    }
  }
  return populate;
}

function normalizeRow(strapi: Core.Strapi, uid: string, row: any) {
  const shared: Record<string, unknown> = {};
  const localized: Record<string, unknown> = {};
  for (const [name, attribute] of contentAttributes(strapi, uid)) {
    if (attribute.private && attribute.writable === false) continue;
    const target = isLocalized(attribute) ? localized : shared;
    if (attribute.type === 'component' && !attribute.repeatable) {
      const component = strapi.components[attribute.component as keyof typeof strapi.components].attributes as Record<string, any>;
      for (const field of Object.keys(component)) target[`${name}.${field}`] = normalizeValue(component[field], row[name]?.[field]);
    } else if (attribute.type === 'component') {
      target[name] = (row[name] ?? []).map((item: any) => normalizeComponent(strapi, attribute.component, item));
    } else {
      target[name] = normalizeValue(attribute, row[name]);
    }
  }
  return { shared, localized };
}

function normalizeComponent(strapi: Core.Strapi, component: string, item: any): Record<string, unknown> {
  const attributes = strapi.components[component as keyof typeof strapi.components].attributes as Record<string, any>;
  return Object.fromEntries(Object.keys(attributes).map((field) => [field, normalizeValue(attributes[field], item?.[field])]));
}

/** One value in the form records carry it. */
export function normalizeValue(attribute: any, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return Array.isArray(value) || isToMany(attribute) ? [] : null;
  switch (attribute?.type) {
    case 'relation':
      return Array.isArray(value) ? value.map((item) => item.documentId).sort() : (value as { documentId: string }).documentId;
    case 'decimal':
    case 'float':
    case 'integer':
    case 'biginteger':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    case 'time':
      // SQLite keeps the milliseconds Strapi writes, PostgreSQL's time column drops them.
      return String(value).slice(0, 8);
    default:
      return value;
  }
}

const isToMany = (attribute: any) => attribute?.type === 'relation' && /ToMany$/.test(attribute.relation);
