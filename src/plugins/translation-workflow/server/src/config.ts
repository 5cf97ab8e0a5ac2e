/**
 * What the app decides, set in its config/plugins.ts under `translation-workflow.config`.
 * Translated types are every content type with localized fields; their text fields are compared.
 */
export interface TranslationWorkflowConfig {
  /** The content locales a document is translated into (each gets a status). */
  locales: string[];
  /** Admin role codes that see translation status and the queue: editors and translators. */
  readerRoles: string[];
  /** Types whose documents sites show as pages with language switchers: their API responses say which locales exist. */
  pageTypes: string[];
}

export default {
  default: {
    locales: [],
    readerRoles: ['strapi-editor'],
    pageTypes: [],
  } satisfies TranslationWorkflowConfig,
  validator(config: TranslationWorkflowConfig) {
    if (!Array.isArray(config.locales) || config.locales.length < 2) {
      throw new Error('translation-workflow config: locales must list the two or more content locales documents are translated into');
    }
  },
};
