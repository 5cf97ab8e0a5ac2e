import type { Core } from '@strapi/strapi';
import { translationSettings } from '../bootstrap/settings';

/** The content locales the project is configured with (config/translation.ts). */
export const configuredLocales = (strapi: Core.Strapi): string[] =>
  translationSettings(strapi).locales.map((locale) => locale.code);

/**
 * The locale a public request asked for, or the default one. The app's default locale is
 * config/translation.ts's, which bootstrap writes into i18n at every start for Strapi and the
 * plugins (which read i18n's, knowing no app's config); read here from the config, it costs a
 * public request no query. The query guard has already refused unknown codes.
 */
export const requestedLocale = (strapi: Core.Strapi, query: Record<string, unknown>): string =>
  typeof query.locale === 'string' ? query.locale : translationSettings(strapi).defaultLocale;
