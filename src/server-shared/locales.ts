import type { Core } from '@strapi/strapi';
import { defaultLocale } from '@syria-cms/strapi-server-helpers';

/** The content locales the project is configured with (config/translation.ts). */
export const configuredLocales = (strapi: Core.Strapi): string[] =>
  ((strapi.config.get('translation') as any)?.locales ?? []).map((locale: { code: string }) => locale.code);

/**
 * The locale a public request asked for, or the default one: i18n's, which bootstrap sets from
 * config/translation.ts, and which the plugins read too. The query guard has already refused unknown codes.
 */
export const requestedLocale = async (strapi: Core.Strapi, query: Record<string, unknown>): Promise<string> =>
  typeof query.locale === 'string' ? query.locale : defaultLocale(strapi);
