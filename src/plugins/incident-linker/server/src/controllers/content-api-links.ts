import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocale, fieldError, isKnownLocale, validationError } from '@syria-cms/strapi-server-helpers';
import { getService } from '../utils';
import { validateLocaleQuery } from './validation';

/** Public, read-only: the published incidents of an article and the published articles of an incident. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const listFor = (side: 'article' | 'incident') => async (ctx: any) => {
    const { locale } = await validateLocaleQuery({ locale: ctx.query.locale ?? (await defaultLocale(strapi)) });
    if (!(await isKnownLocale(strapi, locale))) throw validationError([fieldError('locale', `Unknown locale "${locale}"`)]);
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
