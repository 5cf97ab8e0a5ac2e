import { useQueryParams } from '@strapi/strapi/admin';

interface I18nQuery {
  plugins?: { i18n?: { locale?: string } };
}

const DEFAULT_LOCALE = 'en';

/** The locale of the entry being edited, as the i18n plugin keeps it in the URL (not the interface language). */
export function useContentLocale(): string {
  const [{ query }] = useQueryParams<I18nQuery>();
  return query.plugins?.i18n?.locale || DEFAULT_LOCALE;
}
