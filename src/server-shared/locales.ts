import type { Core } from '@strapi/strapi';

/** The content locales the project is configured with (config/translation.ts). */
export const configuredLocales = (strapi: Core.Strapi): string[] =>
  ((strapi.config.get('translation') as any)?.locales ?? []).map((locale: { code: string }) => locale.code);

/** The locale a public request asked for, or the default one. The query guard has already refused unknown codes. */
export const requestedLocale = (strapi: Core.Strapi, query: Record<string, unknown>): string =>
  typeof query.locale === 'string' ? query.locale : ((strapi.config.get('translation') as any)?.defaultLocale ?? 'en');
