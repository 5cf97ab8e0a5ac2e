/**
 * The languages of a file. Native columns hold the default locale's text (English) under the
 * field's name and the Arabic text under `<name>__ar`: a file in one language has only that
 * language's columns (beside the shared ones), a file in both has both.
 */
export const EXCHANGE_LANGUAGES = ['both', 'en', 'ar'] as const;
export type ExchangeLanguage = (typeof EXCHANGE_LANGUAGES)[number];

/** The locale of the plain columns and the locale of the `__ar` columns. */
export const MAIN_LOCALE = 'en';
export const ARABIC_LOCALE = 'ar';

export const languageColumns = (language: ExchangeLanguage) => ({ main: language !== ARABIC_LOCALE, arabic: language !== MAIN_LOCALE });
