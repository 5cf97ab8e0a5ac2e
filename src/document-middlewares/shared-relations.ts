import type { Core } from '@strapi/strapi';
import { isOurContentType } from '../uids';
import { isShared } from '@syria-cms/bilingual-text';
import { attributesOf, hasDraftAndPublish, queryOf, type WriteStep } from '@syria-cms/strapi-server-helpers';
type Row = { id: number; documentId: string; locale: string; publishedAt: string | null; [relation: string]: any };

/**
 * Strapi stores relations per locale. Our model shares some of them across locales (an article's
 * places and sources, an incident's vocabulary terms): a relation marked `localized: false` that is
 * written in one locale is copied to the document's other locales, and a new locale starts with the
 * relations the document already has. A related document is linked in the locale being written
 * where it has one, in another locale where it has not (an untranslated place still shows).
 *
 * The copies follow Strapi's own rule for shared fields: a draft write reaches the other drafts; a
 * write that publishes reaches the other locales' published versions too. They are written with
 * the query engine, so they are not edits of their own (no middleware runs again, no timestamps move).
 */
export const sharedRelations =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    if ((ctx.action !== 'create' && ctx.action !== 'update') || !isOurContentType(ctx.uid)) return next();
    const relations = sharedRelationsOf(strapi, ctx.uid);
    if (relations.length === 0) return next();

    const params = ctx.params as { documentId?: string; status?: string; data?: Record<string, unknown> };
    const localesBefore = [...new Set((await ctx.rowsBefore()).map((row) => row.locale))];
    const result: any = await next();
    if (!result?.documentId) return result;

    const rows = await rowsWithRelations(strapi, ctx.uid, result.documentId, relations);
    const written = result.locale as string;
    const isDraft = (row: Row) => row.publishedAt === null || !hasDraftAndPublish(strapi, ctx.uid);
    const source = rows.find((row) => row.locale === written && isDraft(row)) ?? rows.find((row) => row.locale === written);
    if (!source) return result;

    const copies: { from: Row; to: Row[]; relations: string[] }[] = [];
    const changed = relations.filter((name) => params.data?.[name] !== undefined);
    if (changed.length > 0) {
      const publishing = params.status === 'published';
      copies.push({ from: source, to: rows.filter((row) => row.locale !== written && (publishing || isDraft(row))), relations: changed });
    }
    const inheritFrom = localesBefore.length > 0 && !localesBefore.includes(written) ? localesBefore[0] : undefined;
    const inheriting = relations.filter((name) => !changed.includes(name));
    if (inheritFrom && inheriting.length > 0) {
      const from = rows.find((row) => row.locale === inheritFrom && isDraft(row));
      if (from) copies.push({ from, to: rows.filter((row) => row.locale === written), relations: inheriting });
    }

    for (const copy of copies) await copyRelations(strapi, ctx.uid, copy.from, copy.to, copy.relations);
    return result;
  };

const sharedRelationsOf = (strapi: Core.Strapi, uid: string) =>
  Object.entries(attributesOf(strapi, uid))
    .filter(([, attribute]) => attribute.type === 'relation' && isShared(attribute))
    .map(([name]) => name);

const rowsWithRelations = (strapi: Core.Strapi, uid: string, documentId: string, relations: string[]): Promise<Row[]> =>
  queryOf(strapi, uid).findMany({
    where: { documentId },
    select: ['id', 'documentId', 'locale', 'publishedAt'],
    populate: Object.fromEntries(relations.map((name) => [name, { select: ['documentId'] }])),
  });

async function copyRelations(strapi: Core.Strapi, uid: string, from: Row, to: Row[], relations: string[]) {
  if (to.length === 0) return;
  const attributes = attributesOf(strapi, uid);
  const data = new Map<number, Record<string, unknown>>(to.map((row) => [row.id, {}]));

  for (const name of relations) {
    const { target, relation } = attributes[name];
    const linked = asArray(from[name]).map((related: any) => related.documentId as string);
    const candidates = await rowsOf(strapi, target, linked);
    for (const row of to) {
      const ids = linked
        .map((documentId) => pickRow(strapi, target, candidates.get(documentId) ?? [], row, from.locale))
        .filter((id): id is number => id !== undefined);
      data.get(row.id)![name] = /ToOne$/.test(relation) ? (ids[0] ?? null) : ids;
    }
  }
  for (const row of to) {
    await queryOf(strapi, uid).update({ where: { id: row.id }, data: data.get(row.id)! });
  }
}

async function rowsOf(strapi: Core.Strapi, uid: string, documentIds: string[]) {
  const byDocument = new Map<string, Row[]>();
  if (documentIds.length === 0) return byDocument;
  const rows: Row[] = await queryOf(strapi, uid).findMany({
    where: { documentId: { $in: documentIds } },
    select: ['id', 'documentId', 'locale', 'publishedAt'],
  });
  for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
  return byDocument;
}

/** The related row to link from `owner`: same version (draft or published), own locale first. */
function pickRow(strapi: Core.Strapi, targetUid: string, rows: Row[], owner: Row, fallbackLocale: string): number | undefined {
  const sameVersion = hasDraftAndPublish(strapi, targetUid)
    ? rows.filter((row) => (row.publishedAt === null) === (owner.publishedAt === null))
    : rows;
  const chosen =
    sameVersion.find((row) => row.locale === owner.locale) ??
    sameVersion.find((row) => row.locale === fallbackLocale) ??
    sameVersion[0];
  return chosen?.id;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);
