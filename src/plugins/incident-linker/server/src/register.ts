import type { Core } from '@strapi/strapi';
import { decorateFindResponses, defaultLocale, registerWriteStep, type WriteStep } from '@syria-cms/strapi-server-helpers';
import { linkerConfig } from './config';
import { linkerOverride } from './openapi';
import { getService } from './utils';

/** `?withLinks=true` on the article and incident endpoints adds their linked documents. */
const WITH_LINKS = 'withLinks';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = linkerConfig(strapi);
  registerWriteStep(strapi, 'incident-linker.links-of-deleted-documents', removeLinksOfDeletedDocuments(strapi));
  // Described by hand: the documentation plugin can only guess at routes without a content type.
  strapi
    .plugin('documentation')
    ?.service('override')
    .registerOverride(linkerOverride(config), { pluginOrigin: 'incident-linker', excludeFromGeneration: ['incident-linker'] });

  // The APIs of the linked types (`api::article.`), custom routes (an article page by slug) included.
  const linkedApis = [config.articleType, config.incidentType].map((uid) => `${uid.split('.')[0]}.`);
  strapi.contentAPI.addQueryParams({
    [WITH_LINKS]: {
      schema: (z: any) => z.enum(['true', 'false']).optional(),
      // Route objects are module singletons: a second Strapi in the same process (tests) sees them already extended.
      // Every read of the article and incident APIs, so that views built on their find (an article page) can ask too.
      matchRoute: (route: any) =>
        route.method === 'GET' && linkedApis.some((api) => String(route.handler).startsWith(api)) && !(WITH_LINKS in (route.request?.query ?? {})),
    },
  });
  const sides = [
    { uid: config.articleType, side: 'article', field: 'linkedIncidents' },
    { uid: config.incidentType, side: 'incident', field: 'linkedArticles' },
  ] as const;
  for (const { uid, side, field } of sides) {
    decorateFindResponses(strapi, [uid], async (ctx, entries) => {
      if (ctx.query?.[WITH_LINKS] !== 'true') return;
      const locale = (ctx.query.locale as string) ?? (await defaultLocale(strapi));
      const linked = await getService('publishedLinks').linkedTo(
        side,
        entries.map((e: any) => e.documentId),
        locale
      );
      for (const entry of entries) entry[field] = linked.get(entry.documentId) ?? [];
    });
  }
};

/**
 * A link outlives any one locale of its documents, not the documents: when the last locale of an
 * article or incident is deleted (admin, API or Document Service), its links go too.
 */
const removeLinksOfDeletedDocuments =
  (strapi: Core.Strapi): WriteStep =>
  async (write, next) => {
    const result = await next();
    const { articleType, incidentType } = linkerConfig(strapi);
    if (write.action === 'delete' && (write.uid === articleType || write.uid === incidentType)) {
      const documentId = (write.params as { documentId?: string }).documentId;
      if (documentId) await getService('links').removeForDocument(write.uid, documentId);
    }
    return result;
  };
