import type { Core } from '@strapi/strapi';

/**
 * Small documents for tests, written through the Document Service (the rules under test run on
 * every write path, so fixtures go through them too).
 */
let sequence = 0;
const next = () => (sequence += 1);

export async function createLocation(strapi: Core.Strapi, data: Record<string, unknown> = {}, arabic?: Record<string, unknown>) {
  const n = next();
  const location = await strapi.documents('api::location.location').create({
    locale: 'en',
    data: { name: `Place ${n}`, level: 'town', latitude: 35.5, longitude: 36.6, ...data } as any,
  });
  if (arabic) await strapi.documents('api::location.location').update({ documentId: location.documentId, locale: 'ar', data: arabic as any });
  return location;
}

export async function createSource(strapi: Core.Strapi, data: Record<string, unknown> = {}, arabic?: Record<string, unknown>) {
  const n = next();
  const source = await strapi.documents('api::source.source').create({
    locale: 'en',
    data: { title: `Source ${n}`, kind: 'eyewitness', confidential: false, ...data } as any,
  });
  if (arabic) await strapi.documents('api::source.source').update({ documentId: source.documentId, locale: 'ar', data: arabic as any });
  return source;
}

export async function createIncident(strapi: Core.Strapi, data: Record<string, unknown> = {}, options: { publish?: boolean; arabic?: Record<string, unknown> } = {}) {
  const n = next();
  const incident = await strapi.documents('api::incident.incident').create({
    locale: 'en',
    data: { title: `Incident ${n}`, date: '2017-04-09', ...data } as any,
  });
  if (options.arabic) {
    await strapi.documents('api::incident.incident').update({ documentId: incident.documentId, locale: 'ar', data: options.arabic as any });
  }
  if (options.publish) await strapi.documents('api::incident.incident').publish({ documentId: incident.documentId, locale: '*' } as any);
  return incident;
}

export async function createArticle(strapi: Core.Strapi, data: Record<string, unknown> = {}, options: { publish?: boolean; arabic?: Record<string, unknown> } = {}) {
  const n = next();
  const article = await strapi.documents('api::article.article').create({
    locale: 'en',
    data: { title: `Article ${n}`, dateline: '2017-04-10T15:15:00.000Z', section: 'coalition-news', ...data } as any,
  });
  if (options.arabic) {
    await strapi.documents('api::article.article').update({ documentId: article.documentId, locale: 'ar', data: options.arabic as any });
  }
  if (options.publish) await strapi.documents('api::article.article').publish({ documentId: article.documentId, locale: '*' } as any);
  return article;
}

/** Rows of a content type across all locales and versions: "nothing was written" means this did not change. */
export const countRows = (strapi: Core.Strapi, uid: string) => strapi.db.query(uid as any).count({});
