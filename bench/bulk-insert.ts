import type { Core } from '@strapi/strapi';
import { SEARCH_SOURCES, searchTextOf } from '../src/lib/search-text';

/**
 * Writes documents in bulk with the rows the Document Service would write for them (checked
 * against it: see bench/README.md), because creating 15,000 documents in two languages through it
 * takes minutes. Per document and locale: one row, or for draft & publish types a draft row
 * (publishedAt null) and a published row with the same fields. Relations are stored per row, each
 * row linked to the related document's row in the same locale (and the same version, for draft &
 * publish targets), in the order given — what the app's shared-relations middleware and Strapi's
 * publish produce. Components are copied per row like relations, with their own relations. No
 * document middleware runs: the generator must give valid data.
 */
export interface BulkDocument {
  documentId: string;
  /** Fields with one value for every locale. */
  shared: Record<string, unknown>;
  /** Localized fields per locale; the first locale is the one the document was created in. */
  localized: Record<string, Record<string, unknown>>;
  /** Relation name → related documentIds, in order; relations are shared by every locale here. */
  relations?: Record<string, string[]>;
  /**
   * Component field → its values: one for a single component, in order for a repeatable one.
   * Shared by every locale here; each row gets its own copy, as Strapi writes them.
   */
  components?: Record<string, BulkComponent[]>;
}

export interface BulkComponent {
  fields: Record<string, unknown>;
  /** Relation name → related documentIds, linked like the owner's own relations (its locale and version). */
  relations?: Record<string, string[]>;
}

interface Row {
  id: number;
  documentId: string;
  locale: string | null;
  publishedAt: unknown;
}

const ID_CHUNK = 5000; // under SQLite's bound-variable limit
const INSERT_CHUNK = 500;
const DOCUMENT_CHUNK = 2000; // bounds memory at 100,000 documents

export async function insertDocuments(strapi: Core.Strapi, uid: string, documents: BulkDocument[], at: Date = new Date()) {
  const draftAndPublish = strapi.getModel(uid as any)?.options?.draftAndPublish === true;
  let rowCount = 0;
  for (let i = 0; i < documents.length; i += DOCUMENT_CHUNK) {
    const rows = documents.slice(i, i + DOCUMENT_CHUNK).flatMap((document) => rowsFor(document, draftAndPublish, at, SEARCH_SOURCES[uid]));
    await strapi.db.query(uid as any).createMany({ data: rows }); // batched and in one transaction by Strapi
    rowCount += rows.length;
  }

  const relationNames = [...new Set(documents.flatMap((d) => Object.keys(d.relations ?? {})))];
  const componentNames = [...new Set(documents.flatMap((d) => Object.keys(d.components ?? {})))];
  if (relationNames.length + componentNames.length === 0) return { rows: rowCount, joinRows: 0, componentRows: 0 };
  const owners = await rowsOf(strapi, uid, documents.map((d) => d.documentId));
  let joinRows = 0;
  for (const name of relationNames) joinRows += await insertRelation(strapi, uid, name, documents, owners);
  let componentRows = 0;
  for (const name of componentNames) {
    for (let i = 0; i < documents.length; i += DOCUMENT_CHUNK) componentRows += await insertComponents(strapi, uid, name, documents.slice(i, i + DOCUMENT_CHUNK), owners);
  }
  return { rows: rowCount, joinRows, componentRows };
}

function rowsFor(document: BulkDocument, draftAndPublish: boolean, at: Date, searched?: string[]): Record<string, unknown>[] {
  const versions = Object.entries(document.localized).map(([locale, fields]) => ({
    documentId: document.documentId,
    locale,
    ...document.shared,
    ...fields,
    // What the search document middleware would store.
    ...(searched ? { searchText: searchTextOf({ ...document.shared, ...fields }, searched) } : {}),
    createdAt: at,
    updatedAt: at,
    // Without draft & publish Strapi 5 still fills publishedAt: the only row is the published one.
    publishedAt: draftAndPublish ? null : at,
  }));
  // Publishing every locale at once (`locale: '*'`) copies each draft, last locale first, with one publishedAt.
  const published = draftAndPublish ? [...versions].reverse().map((row) => ({ ...row, publishedAt: at })) : [];
  return [...versions, ...published];
}

async function insertRelation(strapi: Core.Strapi, uid: string, name: string, documents: BulkDocument[], owners: Map<string, Row[]>) {
  const links = await linkRows(
    strapi,
    uid,
    name,
    documents.flatMap((document) => {
      const created = Object.keys(document.localized)[0];
      return (owners.get(document.documentId) ?? []).map((owner) => ({ id: owner.id, owner, created, targets: document.relations?.[name] ?? [] }));
    })
  );
  await insertRows(strapi, links.table, links.rows);
  return links.rows.length;
}

/**
 * The join-table rows of a one-way relation: each `from` row (a document's row, or a component of
 * it) linked to the targets' rows in its owner's locale, else in the locale the owner was created
 * in, else any (and in the owner's version, for draft & publish targets), in the order given.
 */
async function linkRows(strapi: Core.Strapi, uid: string, name: string, from: { id: number; owner: Row; created: string; targets: string[] }[]) {
  const attribute = (strapi.db.metadata.get(uid as any) as any).attributes[name];
  const joinTable = attribute?.joinTable;
  if (attribute?.type !== 'relation' || !joinTable?.inverseJoinColumn || joinTable.on || joinTable.inverseOrderColumnName) {
    throw new Error(`bulk insert: ${uid}.${name} is not a plain one-way relation with a join table`);
  }
  const targetUid = attribute.target as string;
  const targetHasDrafts = strapi.getModel(targetUid as any)?.options?.draftAndPublish === true;
  const targets = await rowsOf(strapi, targetUid, from.flatMap((f) => f.targets));
  const rows: Record<string, unknown>[] = [];
  for (const { id, owner, created, targets: related } of from) {
    related.forEach((targetId, index) => {
      const candidates = (targets.get(targetId) ?? []).filter((row) => !targetHasDrafts || (row.publishedAt === null) === (owner.publishedAt === null));
      const target = candidates.find((r) => r.locale === owner.locale) ?? candidates.find((r) => r.locale === created) ?? candidates[0];
      if (!target) throw new Error(`bulk insert: ${uid}.${name} points to a missing ${targetUid} ${targetId}`);
      rows.push({
        [joinTable.joinColumn.name]: id,
        [joinTable.inverseJoinColumn.name]: target.id,
        ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: index + 1 } : {}),
      });
    });
  }
  return { table: joinTable.name as string, rows };
}

/**
 * A component field of the documents: a copy of each value per row (locale and version) in the
 * component's table, its relations, and the owner's `_cmps` rows (ordered when repeatable).
 */
async function insertComponents(strapi: Core.Strapi, uid: string, name: string, documents: BulkDocument[], owners: Map<string, Row[]>) {
  const attribute = (strapi.db.metadata.get(uid as any) as any).attributes[name];
  const joinTable = attribute?.joinTable;
  if (attribute?.type !== 'relation' || joinTable?.on?.field !== name) throw new Error(`bulk insert: ${uid}.${name} is not a component`);
  const componentUid = attribute.target as string;
  const repeatable = (strapi.getModel(uid as any).attributes as any)[name]?.repeatable === true;

  const copies: { owner: Row; created: string; index: number; value: BulkComponent }[] = [];
  for (const document of documents) {
    const created = Object.keys(document.localized)[0];
    for (const owner of owners.get(document.documentId) ?? []) {
      (document.components?.[name] ?? []).forEach((value, index) => copies.push({ owner, created, index, value }));
    }
  }
  if (copies.length === 0) return 0;
  const { ids } = await strapi.db.query(componentUid as any).createMany({ data: copies.map((c) => c.value.fields) });
  // Ids are given in insertion order by one statement per batch; sorted, whatever order the database returns them in.
  const componentIds = (ids as number[]).slice().sort((a, b) => a - b);

  const relationNames = [...new Set(copies.flatMap((c) => Object.keys(c.value.relations ?? {})))];
  for (const relation of relationNames) {
    const links = await linkRows(
      strapi,
      componentUid,
      relation,
      copies.map((c, i) => ({ id: componentIds[i], owner: c.owner, created: c.created, targets: c.value.relations?.[relation] ?? [] }))
    );
    await insertRows(strapi, links.table, links.rows);
  }
  await insertRows(
    strapi,
    joinTable.name,
    copies.map((c, i) => ({
      [joinTable.joinColumn.name]: c.owner.id,
      [joinTable.inverseJoinColumn.name]: componentIds[i],
      field: name,
      component_type: componentUid,
      [joinTable.orderColumnName]: repeatable ? c.index + 1 : null,
    }))
  );
  return copies.length;
}

async function insertRows(strapi: Core.Strapi, table: string, rows: Record<string, unknown>[]) {
  await strapi.db.connection.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await trx(table).insert(rows.slice(i, i + INSERT_CHUNK));
  });
}

/** Every row (locale, version) of the given documents, by documentId. */
async function rowsOf(strapi: Core.Strapi, uid: string, documentIds: string[]): Promise<Map<string, Row[]>> {
  const unique = [...new Set(documentIds)];
  const byDocument = new Map<string, Row[]>();
  for (let i = 0; i < unique.length; i += ID_CHUNK) {
    const rows: Row[] = await strapi.db.query(uid as any).findMany({
      where: { documentId: { $in: unique.slice(i, i + ID_CHUNK) } },
      select: ['id', 'documentId', 'locale', 'publishedAt'],
      orderBy: { id: 'asc' },
    });
    for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
  }
  return byDocument;
}
