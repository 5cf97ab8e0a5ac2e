import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { isOurContentType } from '../uids';
import { attributesOf, editableVersion, isShared } from '../schema';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Set while this middleware writes other locales, so that those writes do not propagate again. */
const propagating = new AsyncLocalStorage<boolean>();

/**
 * Strapi stores relations per locale. Our model shares some of them across locales (an article's
 * places and sources, an incident's vocabulary terms): a relation marked `localized: false` that is
 * changed in one locale is copied to the document's other locales, and a new locale starts with the
 * relations the document already has. A target missing in a locale is linked in the locale it has.
 */
export const sharedRelations =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if ((ctx.action !== 'create' && ctx.action !== 'update') || !isOurContentType(ctx.uid) || propagating.getStore()) {
      return next();
    }
    const relations = sharedRelationsOf(strapi, ctx.uid);
    if (relations.length === 0) return next();

    const params = ctx.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const existedBefore = params.documentId ? await localesOf(strapi, ctx.uid, params.documentId) : [];
    const result: any = await next();
    if (!result?.documentId) return result;

    const { documentId, locale } = result;
    const isNewLocale = existedBefore.length > 0 && !existedBefore.includes(locale);
    const changed = relations.filter((name) => params.data?.[name] !== undefined);
    const inherited = isNewLocale ? relations.filter((name) => !changed.includes(name)) : [];

    await propagating.run(true, async () => {
      if (inherited.length > 0) {
        const from = existedBefore[0];
        await copyRelations(strapi, ctx.uid, documentId, inherited, from, [locale]);
      }
      if (changed.length > 0) {
        const others = (await localesOf(strapi, ctx.uid, documentId)).filter((other) => other !== locale);
        await copyRelations(strapi, ctx.uid, documentId, changed, locale, others);
      }
    });
    return result;
  };

const sharedRelationsOf = (strapi: Core.Strapi, uid: string) =>
  Object.entries(attributesOf(strapi, uid))
    .filter(([, attribute]) => attribute.type === 'relation' && isShared(attribute))
    .map(([name]) => name);

async function localesOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<string[]> {
  const rows = await strapi.db.query(uid as any).findMany({
    where: { documentId, ...editableVersion(strapi, uid) },
    select: ['locale'],
  });
  return rows.map((row: any) => row.locale);
}

async function copyRelations(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  relations: string[],
  fromLocale: string,
  toLocales: string[]
) {
  if (toLocales.length === 0) return;
  const attributes = attributesOf(strapi, uid);
  const source: any = await strapi.db.query(uid as any).findOne({
    where: { documentId, locale: fromLocale, ...editableVersion(strapi, uid) },
    populate: Object.fromEntries(relations.map((name) => [name, { select: ['documentId'] }])),
  });
  if (!source) return;

  const targetLocales = new Map<string, Map<string, string[]>>();
  for (const name of relations) {
    const target = attributes[name].target as string;
    const ids = asArray(source[name]).map((related: any) => related.documentId);
    targetLocales.set(name, await localesByDocument(strapi, target, ids));
  }

  for (const locale of toLocales) {
    const data: Record<string, unknown> = {};
    for (const name of relations) {
      const available = targetLocales.get(name)!;
      const links = asArray(source[name]).map((related: any) => {
        const locales = available.get(related.documentId) ?? [];
        return { documentId: related.documentId, locale: locales.includes(locale) ? locale : locales[0] ?? fromLocale };
      });
      data[name] = { set: links };
    }
    await strapi.documents(uid as any).update({ documentId, locale, data } as any);
  }
}

async function localesByDocument(strapi: Core.Strapi, uid: string, documentIds: string[]) {
  const byDocument = new Map<string, string[]>();
  if (documentIds.length === 0) return byDocument;
  const rows = await strapi.db.query(uid as any).findMany({
    where: { documentId: { $in: documentIds }, ...editableVersion(strapi, uid) },
    select: ['documentId', 'locale'],
  });
  for (const row of rows as any[]) {
    byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row.locale]);
  }
  return byDocument;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);
