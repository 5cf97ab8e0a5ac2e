import type { Core } from '@strapi/strapi';
import { SEARCH_SOURCES, searchTextOf } from '../src/lib/search-text';

/**
 * Writes documents in bulk with the rows the Document Service would write for them (checked
 * against it: see bench/README.md), because creating 15,000 documents in two languages through it
 * takes minutes. Per document and locale: one row, or for draft & publish types a draft row
 * (publishedAt null) and a published row with the same fields. Relations are stored per row, each
 * row linked to the related document's row in the same locale (and the same version, for draft &
 * publish targets), in the order given — what the app's shared-relations middleware and Strapi's
 * publish produce. No document middleware runs: the generator must give valid data.
 */
export interface BulkDocument {
  documentId: string;
  /** Fields with one value for every locale. */
  shared: Record<string, unknown>;
  /** Localized fields per locale; the first locale is the one the document was created in. */
  localized: Record<string, Record<string, unknown>>;
  /** Relation name → related documentIds, in order; relations are shared by every locale here. */
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
  if (relationNames.length === 0) return { rows: rowCount, joinRows: 0 };
  const owners = await rowsOf(strapi, uid, documents.map((d) => d.documentId));
  let joinRows = 0;
  for (const name of relationNames) joinRows += await insertRelation(strapi, uid, name, documents, owners);
  return { rows: rowCount, joinRows };
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
  const attribute = (strapi.db.metadata.get(uid as any) as any).attributes[name];
  const joinTable = attribute?.joinTable;
  if (attribute?.type !== 'relation' || !joinTable?.inverseJoinColumn || joinTable.on || joinTable.inverseOrderColumnName) {
    throw new Error(`bulk insert: ${uid}.${name} is not a plain one-way relation with a join table`);
  }
  const targetUid = attribute.target as string;
  const targetHasDrafts = strapi.getModel(targetUid as any)?.options?.draftAndPublish === true;
  const targets = await rowsOf(strapi, targetUid, documents.flatMap((d) => d.relations?.[name] ?? []));

  const links: Record<string, unknown>[] = [];
  for (const document of documents) {
    const related = document.relations?.[name] ?? [];
    const created = Object.keys(document.localized)[0];
    for (const owner of owners.get(document.documentId) ?? []) {
      related.forEach((targetId, index) => {
        const candidates = (targets.get(targetId) ?? []).filter((row) => !targetHasDrafts || (row.publishedAt === null) === (owner.publishedAt === null));
        // The related row in the owner's locale, else in the locale the document was created in, else any.
        const target = candidates.find((r) => r.locale === owner.locale) ?? candidates.find((r) => r.locale === created) ?? candidates[0];
        if (!target) throw new Error(`bulk insert: ${uid}.${name} points to a missing ${targetUid} ${targetId}`);
        links.push({
          [joinTable.joinColumn.name]: owner.id,
          [joinTable.inverseJoinColumn.name]: target.id,
          ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: index + 1 } : {}),
        });
      });
    }
  }
  await strapi.db.connection.transaction(async (trx) => {
    for (let i = 0; i < links.length; i += INSERT_CHUNK) await trx(joinTable.name).insert(links.slice(i, i + INSERT_CHUNK));
  });
  return links.length;
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
