import type { Core } from '@strapi/strapi';
import { fieldError, type FieldError } from '../lib/field-error';
import { filterValueProblems, type Model } from '../lib/filter-values';
import { contentApiPrefix, isContentApiRead } from '../server-shared/content-api';
import { configuredLocales } from '../server-shared/locales';
import { validationError } from '../server-shared/validation';

/**
 * Plain Strapi answers an unknown locale with an empty list, and silently clamps or ignores
 * pagination it cannot honour (page -1, pageSize 1000). A site then shows nothing, or less than
 * it asked for, without knowing why; public reads get a 400 naming the parameter instead. Filter
 * values that cannot be their field's type (a date "yesterday") are named the same way.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    if (isContentApiRead(strapi, ctx)) {
      const problems = [
        ...localeProblems(strapi, ctx.query?.locale),
        ...paginationProblems(strapi, ctx.query?.pagination),
        ...filterProblems(strapi, ctx.path.slice(contentApiPrefix(strapi).length), ctx.query?.filters),
      ];
      if (problems.length > 0) throw validationError(problems);
    }
    return next();
  };

function localeProblems(strapi: Core.Strapi, locale: unknown): FieldError[] {
  if (locale === undefined) return [];
  const locales = configuredLocales(strapi);
  return typeof locale === 'string' && locales.includes(locale)
    ? []
    : [fieldError(['locale'], `locale must be one of ${locales.join(', ')}; got ${JSON.stringify(locale)}`)];
}

function paginationProblems(strapi: Core.Strapi, pagination: unknown): FieldError[] {
  if (pagination === undefined) return [];
  if (typeof pagination !== 'object' || pagination === null || Array.isArray(pagination)) {
    return [fieldError(['pagination'], 'pagination must be given as pagination[page] and pagination[pageSize], or pagination[start] and pagination[limit]')];
  }
  const maxLimit = strapi.config.get('api.rest.maxLimit', 100) as number;
  const ranges: Record<string, [number, number]> = {
    page: [1, Number.MAX_SAFE_INTEGER],
    pageSize: [1, maxLimit],
    start: [0, Number.MAX_SAFE_INTEGER],
    limit: [1, maxLimit],
  };
  const problems: FieldError[] = [];
  for (const [name, value] of Object.entries(pagination)) {
    if (name === 'withCount') continue;
    const range = ranges[name];
    const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!range) problems.push(fieldError(['pagination', name], `unknown pagination parameter "${name}"`));
    else if (!(number >= range[0] && number <= range[1])) {
      const bounds = range[1] === Number.MAX_SAFE_INTEGER ? `of at least ${range[0]}` : `from ${range[0]} to ${range[1]}`;
      problems.push(fieldError(['pagination', name], `pagination[${name}] must be a whole number ${bounds}; got ${JSON.stringify(value)}`));
    }
  }
  return problems;
}

/** Filters of a content type's list or entry (/articles, /articles/:id), checked against its schema. */
function filterProblems(strapi: Core.Strapi, path: string, filters: unknown): FieldError[] {
  if (filters === undefined) return [];
  const pluralName = path.split('/')[1];
  const contentType = Object.values(strapi.contentTypes).find((model: any) => model.uid.startsWith('api::') && model.info.pluralName === pluralName);
  if (!contentType) return [];
  const modelOf = (uid: string) => strapi.getModel(uid as any) as unknown as Model | undefined;
  return filterValueProblems(modelOf, contentType.uid, filters);
}
