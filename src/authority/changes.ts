import type { Core } from '@strapi/strapi';
import { isShared } from '@syria-cms/bilingual-text';
import { attributesOf, editableVersion, queryOf } from '@syria-cms/strapi-server-helpers';

type Attribute = Record<string, any>;
type Stored = Record<string, any> | null;

/**
 * Which shared fields (one value for every language) a create or update would actually change.
 * Edit forms send every field back, changed or not, so a field that is merely present is not a
 * change: a translator's Arabic save carries the incident's date and casualties as they are.
 * Relations may come as lists, as a single id, or as `{ connect, disconnect, set }`; components
 * as objects with their stored ids; media as ids or file objects.
 */
export async function changedSharedFields(
  strapi: Core.Strapi,
  uid: string,
  documentId: string | undefined,
  data: Record<string, unknown>
): Promise<string[]> {
  const attributes = attributesOf(strapi, uid);
  const names = Object.keys(data).filter((name) => isShared(attributes[name]));
  if (names.length === 0) return [];
  const stored = documentId ? await storedFields(strapi, uid, documentId, names) : null;
  const changed: string[] = [];
  for (const name of names) {
    // A new document starts from the schema's defaults, which the create form sends back as they are.
    const before = stored ? stored[name] : attributes[name].default;
    if (!(await sameAttributeValue(strapi, attributes[name], data[name], before))) changed.push(name);
  }
  return changed;
}

/** Shared fields are the same in every locale, so any editable row of the document has them. */
async function storedFields(strapi: Core.Strapi, uid: string, documentId: string, names: string[]): Promise<Stored> {
  const attributes = attributesOf(strapi, uid);
  const populate = Object.fromEntries(names.filter((name) => needsPopulate(attributes[name])).map((name) => [name, populateFor(strapi, attributes[name])]));
  return queryOf(strapi, uid).findOne({ where: { documentId, ...editableVersion(strapi, uid) }, populate });
}

const needsPopulate = (attribute: Attribute) => ['relation', 'component', 'media'].includes(attribute.type);

function populateFor(strapi: Core.Strapi, attribute: Attribute): any {
  if (attribute.type === 'relation') return { select: ['id', 'documentId'] };
  if (attribute.type === 'media') return { select: ['id'] };
  const inner = strapi.components[attribute.component as keyof typeof strapi.components]?.attributes as Record<string, Attribute>;
  const populate = Object.fromEntries(
    Object.entries(inner ?? {})
      .filter(([, nested]) => needsPopulate(nested))
      .map(([name, nested]) => [name, populateFor(strapi, nested)])
  );
  return Object.keys(populate).length > 0 ? { populate } : true;
}

async function sameAttributeValue(strapi: Core.Strapi, attribute: Attribute, input: unknown, stored: unknown): Promise<boolean> {
  switch (attribute.type) {
    case 'relation':
      return sameRelations(strapi, attribute.target, input, stored);
    case 'media':
      return sameIds(mediaIds(input), mediaIds(stored));
    case 'component':
      return sameComponents(strapi, attribute, input, stored);
    default:
      return sameScalar(attribute.type, input, stored);
  }
}

async function sameComponents(strapi: Core.Strapi, attribute: Attribute, input: unknown, stored: unknown): Promise<boolean> {
  const inputs = attribute.repeatable ? (Array.isArray(input) ? input : input == null ? [] : [input]) : input == null ? [] : [input];
  const storedOnes = (attribute.repeatable ? stored ?? [] : stored == null ? [] : [stored]) as Record<string, any>[];
  if (inputs.length !== storedOnes.length) return false;
  const inner = strapi.components[attribute.component as keyof typeof strapi.components].attributes as Record<string, Attribute>;
  for (let index = 0; index < inputs.length; index += 1) {
    const given = inputs[index] as Record<string, unknown>;
    const kept = storedOnes[index];
    if (!given || typeof given !== 'object') return false;
    // A component sent with its stored id is updated field by field; without one it replaces the old, so what it omits is emptied.
    const sameComponent = given.id !== undefined && Number(given.id) === kept.id;
    for (const [name, nested] of Object.entries(inner)) {
      if (!(name in given) && sameComponent) continue;
      if (!(await sameAttributeValue(strapi, nested, given[name], kept[name]))) return false;
    }
  }
  return true;
}

/** The related documents after the write, compared by documentId with those stored. */
async function sameRelations(strapi: Core.Strapi, target: string, input: unknown, stored: unknown): Promise<boolean> {
  if (input === undefined) return true;
  const storedRows = (Array.isArray(stored) ? stored : stored ? [stored] : []) as { documentId: string }[];
  const before = new Set(storedRows.map((row) => row.documentId));
  const after = new Set(before);
  const resolve = (items: unknown) => documentIdsOf(strapi, target, items);
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const operations = input as { set?: unknown; connect?: unknown; disconnect?: unknown; id?: unknown; documentId?: unknown };
    if (!('set' in operations || 'connect' in operations || 'disconnect' in operations)) return sameIds(await resolve([input]), before);
    if (operations.set !== undefined) return sameIds(await resolve(operations.set), before);
    for (const documentId of await resolve(operations.disconnect)) after.delete(documentId);
    for (const documentId of await resolve(operations.connect)) after.add(documentId);
    return sameIds(after, before);
  }
  return sameIds(await resolve(input), before);
}

/** Relation items are documentIds, row ids, or objects carrying either. */
async function documentIdsOf(strapi: Core.Strapi, target: string, items: unknown): Promise<Set<string>> {
  const list = items == null ? [] : Array.isArray(items) ? items : [items];
  const documentIds = new Set<string>();
  const rowIds: number[] = [];
  for (const item of list) {
    const value = item !== null && typeof item === 'object' ? ((item as any).documentId ?? (item as any).id) : item;
    if (typeof value === 'string' && !/^\d+$/.test(value)) documentIds.add(value);
    else if (value !== null && value !== undefined) rowIds.push(Number(value));
  }
  if (rowIds.length > 0) {
    const rows = await queryOf(strapi, target).findMany({ where: { id: { $in: rowIds } }, select: ['documentId'] });
    for (const row of rows) documentIds.add(row.documentId);
    // An id that names no row cannot be linked; count it as a change so the write is judged, not waved through.
    if (rows.length < new Set(rowIds).size) documentIds.add(`missing:${rowIds.join(',')}`);
  }
  return documentIds;
}

function mediaIds(value: unknown): Set<string> {
  const list = value == null ? [] : Array.isArray(value) ? value : [value];
  return new Set(list.map((item) => String(item !== null && typeof item === 'object' ? (item as any).id : item)));
}

const sameIds = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((id) => b.has(id));

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

function sameScalar(type: string, input: unknown, stored: unknown): boolean {
  if (isEmpty(input) || isEmpty(stored)) return isEmpty(input) && isEmpty(stored);
  switch (type) {
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return Number(input) === Number(stored);
    case 'boolean':
      return String(input) === String(stored);
    case 'date':
    case 'datetime':
      return instant(input) === instant(stored);
    case 'time':
      // Strapi stores 08:00 as 08:00:00.000 and forms send either.
      return String(input).padEnd(12, ':00.000').slice(0, 8) === String(stored).slice(0, 8);
    default:
      return String(input) === String(stored);
  }
}

const instant = (value: unknown) => {
  const time = new Date(value as string).getTime();
  return Number.isNaN(time) ? String(value) : time;
};
