/** A content type's schema or one of its attributes, as far as its i18n options go. */
interface WithI18nOptions {
  pluginOptions?: unknown;
}

const localizedOption = (schema: WithI18nOptions | undefined): unknown =>
  (schema?.pluginOptions as { i18n?: { localized?: unknown } } | undefined)?.i18n?.localized;

/** Localized = one value per language: the text a translator writes. A content type with localized fields is translated. */
export const isLocalized = (schema: WithI18nOptions | undefined): boolean => localizedOption(schema) === true;

/** Shared = one value for every language of a document (a date, a figure, a key). Relations are always stored per locale by Strapi. */
export const isShared = (schema: WithI18nOptions | undefined): boolean => localizedOption(schema) === false;
