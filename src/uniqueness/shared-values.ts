import type { Core } from '@strapi/strapi';
import { attributesOf, columnOf, fieldError, type FieldError, isUniqueViolation, modelOf, queryOf, tableOf, type UniqueIndex, validationError } from '@syria-cms/strapi-server-helpers';
import { isShared } from '@syria-cms/bilingual-text';
import { CONTENT_TYPES } from '../uids';

/**
 * A shared unique field (a vocabulary key, a p-code, an external id) names one document: its value
 * repeats in every row of that document (each locale, draft and published), so no unique index on
 * the content table can say "no two documents". Each document's values are claimed instead in a
 * table of our own, unique on (model, field, value), written in the same transaction as the
 * document's rows: of two simultaneous writers of one value, the database lets exactly one claim it.
 * Strapi's schema sync leaves tables it did not create alone.
 */
const CLAIMS = 'shared_unique_values';
const CLAIM_INDEX: UniqueIndex = { name: `${CLAIMS}_claim_unique`, table: CLAIMS, columns: ['model', 'field', 'value'] };

interface Claim {
  field: string;
  value: string;
}

/** The fields of a content type whose value names one document in every locale. */
export const sharedUniqueFields = (strapi: Core.Strapi, uid: string): string[] =>
  Object.entries(attributesOf(strapi, uid))
    .filter(([, attribute]) => attribute.unique && isShared(attribute))
    .map(([name]) => name);

export function alreadyUsed(strapi: Core.Strapi, uid: string, field: string, value: unknown): FieldError {
  const displayName = modelOf(strapi, uid).info.displayName.toLowerCase();
  return fieldError(field, `${field} "${value}" is already used by another ${displayName}`);
}

/**
 * Makes the claims of a document those of its rows as they now are: values it no longer holds in
 * any row are released (a changed value, a deleted document), new ones claimed. Runs in the
 * caller's transaction, after its write; a value another document holds is a 400 naming the field,
 * and the caller's write is rolled back with it.
 */
export async function syncClaims(strapi: Core.Strapi, uid: string, documentId: string) {
  const fields = sharedUniqueFields(strapi, uid);
  const rows: Record<string, unknown>[] = await queryOf(strapi, uid).findMany({ where: { documentId }, select: fields });
  const held = distinct(rows.flatMap((row) => fields.filter((field) => isValue(row[field])).map((field) => ({ field, value: String(row[field]) }))));

  await strapi.db.transaction(async ({ trx }) => {
    const ofDocument = () => trx(CLAIMS).where({ model: uid, document_id: documentId });
    const claimed: Claim[] = await ofDocument().select('field', 'value');
    for (const claim of claimed.filter((c) => !held.some(sameAs(c)))) await ofDocument().where(claim).delete();
    for (const claim of held.filter((h) => !claimed.some(sameAs(h)))) {
      try {
        await trx(CLAIMS).insert({ model: uid, ...claim, document_id: documentId });
      } catch (error) {
        if (isUniqueViolation(error, CLAIM_INDEX)) throw validationError([alreadyUsed(strapi, uid, claim.field, claim.value)]);
        throw error;
      }
    }
  });
}

/**
 * At start: the claims table, and claims that match the content, whatever wrote it (data from
 * before this table, an import through the query engine). Content where two documents already
 * share a value refuses the start, naming them: the rule cannot be kept from there.
 */
export async function ensureClaims(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  await knex.raw(
    `CREATE TABLE IF NOT EXISTS ${CLAIMS} (model varchar(255) NOT NULL, field varchar(255) NOT NULL, value varchar(255) NOT NULL, ` +
      `document_id varchar(255) NOT NULL, CONSTRAINT ${CLAIM_INDEX.name} UNIQUE (${CLAIM_INDEX.columns.join(', ')}))`
  );
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${CLAIMS}_document_idx ON ${CLAIMS} (model, document_id)`);

  const targets = CONTENT_TYPES.flatMap((uid) =>
    sharedUniqueFields(strapi, uid).map((field) => ({ uid, field, table: tableOf(strapi, uid), column: columnOf(strapi, uid, field) }))
  );
  const duplicates: string[] = [];
  for (const { uid, field, table, column } of targets) {
    const shared: { value: string; n: number }[] = await knex(table)
      .select({ value: column })
      .countDistinct({ n: 'document_id' })
      .whereNotNull(column)
      .whereNot(column, '')
      .groupBy(column)
      .havingRaw('COUNT(DISTINCT document_id) > 1');
    duplicates.push(...shared.map(({ value, n }) => `${uid} ${field} "${value}" (${n} documents)`));
  }
  if (duplicates.length > 0) throw new Error(`Keys, p-codes and external ids must name one document each; change these before starting: ${duplicates.join(', ')}`);

  for (const { uid, field, table, column } of targets) {
    // Claims whose document no longer holds the value, then values no claim covers yet.
    await knex.raw(
      `DELETE FROM ${CLAIMS} WHERE model = ? AND field = ? AND NOT EXISTS ` +
        `(SELECT 1 FROM ?? AS t WHERE t.document_id = ${CLAIMS}.document_id AND t.?? = ${CLAIMS}.value)`,
      [uid, field, table, column]
    );
    await knex.raw(
      `INSERT INTO ${CLAIMS} (model, field, value, document_id) SELECT DISTINCT ?, ?, t.??, t.document_id FROM ?? AS t ` +
        `WHERE t.?? IS NOT NULL AND t.?? <> '' AND NOT EXISTS (SELECT 1 FROM ${CLAIMS} AS c WHERE c.model = ? AND c.field = ? AND c.value = t.??)`,
      [uid, field, column, table, column, column, uid, field, column]
    );
  }
}

const isValue = (value: unknown) => value !== null && value !== undefined && value !== '';
const sameAs = (a: Claim) => (b: Claim) => a.field === b.field && a.value === b.value;
const distinct = (claims: Claim[]) => claims.filter((claim, i) => claims.findIndex(sameAs(claim)) === i);
