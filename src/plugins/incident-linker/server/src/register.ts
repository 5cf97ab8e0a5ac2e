import type { Core } from '@strapi/strapi';
import { decorateFindResponses } from '../../../../server-shared/content-api';
import { registerWriteStep, type WriteStep } from '../../../../server-shared/document-writes';
import { ARTICLE, INCIDENT } from '../../../../uids';
import { linkerOverride } from './openapi';
import { getService } from './utils';

/** `?withLinks=true` on the article and incident endpoints adds their linked documents. */
const WITH_LINKS = 'withLinks';
const SIDES: Record<string, { side: 'article' | 'incident'; field: string }> = {
  [ARTICLE]: { side: 'article', field: 'linkedIncidents' },
  [INCIDENT]: { side: 'incident', field: 'linkedArticles' },
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerWriteStep(strapi, 'incident-linker.links-of-deleted-documents', removeLinksOfDeletedDocuments);
  // Described by hand: the documentation plugin can only guess at routes without a content type.
  strapi
    .plugin('documentation')
    ?.service('override')
    .registerOverride(linkerOverride, { pluginOrigin: 'incident-linker', excludeFromGeneration: ['incident-linker'] });

  strapi.contentAPI.addQueryParams({
    [WITH_LINKS]: {
      schema: (z: any) => z.enum(['true', 'false']).optional(),
      // Route objects are module singletons: a second Strapi in the same process (tests) sees them already extended.
      // Every read of the article and incident APIs, so that views built on their find (an article page) can ask too.
      matchRoute: (route: any) =>
        route.method === 'GET' && /^api::(article|incident)\./.test(route.handler) && !(WITH_LINKS in (route.request?.query ?? {})),
    },
  });
  for (const [uid, { side, field }] of Object.entries(SIDES)) {
    decorateFindResponses(strapi, [uid], async (ctx, entries) => {
      if (ctx.query?.[WITH_LINKS] !== 'true') return;
      const locale = (ctx.query.locale as string) ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
      const linked = await getService('publishedLinks').linkedTo(side, entries.map((e: any) => e.documentId), locale);
      for (const entry of entries) entry[field] = linked.get(entry.documentId) ?? [];
    });
  }
};

/**
 * A link outlives any one locale of its documents, not the documents: when the last locale of an
 * article or incident is deleted (admin, API or Document Service), its links go too.
 */
const removeLinksOfDeletedDocuments: WriteStep = async (write, next) => {
  const result = await next();
  if (write.action === 'delete' && (write.uid === ARTICLE || write.uid === INCIDENT)) {
    const documentId = (write.params as { documentId?: string }).documentId;
    if (documentId) await getService('links').removeForDocument(write.uid, documentId);
  }
  return result;
};
