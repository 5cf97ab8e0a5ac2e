export interface TranslationWorkflowConfig {
  /** Admin role codes that see translation status and the queue (translator roles are added from config/translation.ts). */
  readerRoles: string[];
  /** Types whose documents sites show as pages with language switchers: their API responses say which locales exist. */
  pageTypes: string[];
}

export default {
  default: {
    readerRoles: ['strapi-editor'],
    pageTypes: ['api::article.article', 'api::incident.incident', 'api::location.location'],
  } satisfies TranslationWorkflowConfig,
  validator() {},
};
