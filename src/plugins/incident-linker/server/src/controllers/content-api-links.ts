import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils';
import { validateLocaleQuery } from './validation';

/** Public, read-only: the published incidents of an article and the published articles of an incident. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const listFor = (side: 'article' | 'incident') => async (ctx: any) => {
    const { locale } = await validateLocaleQuery({ locale: ctx.query.locale ?? (await defaultLocale(strapi)) });
    await requireKnownLocale(strapi, locale);
    const { documentId } = ctx.params;
    const service = getService('publishedLinks');
    if (!(await service.isPublished(side, documentId))) throw new errors.NotFoundError(`No published ${side} ${documentId}`);
    const data = (await service.linkedTo(side, [documentId], locale)).get(documentId) ?? [];
    ctx.body = { data, meta: { locale, [side]: documentId } };
  };

  return {
    incidentsOfArticle: listFor('article'),
    articlesOfIncident: listFor('incident'),
  };
};

const defaultLocale = (strapi: Core.Strapi): Promise<string> => strapi.plugin('i18n').service('locales').getDefaultLocale();

async function requireKnownLocale(strapi: Core.Strapi, locale: string) {
  if (!(await strapi.plugin('i18n').service('locales').findByCode(locale))) {
    throw new errors.ValidationError(`Unknown locale "${locale}"`, { errors: [{ path: ['locale'], message: `Unknown locale "${locale}"`, name: 'ValidationError' }] });
  }
}
