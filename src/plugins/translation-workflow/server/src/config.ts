export interface TranslationWorkflowConfig {
  /** Admin role codes that see translation status and the queue (translator roles are added from config/translation.ts). */
  readerRoles: string[];
}

export default {
  default: { readerRoles: ['strapi-editor'] } satisfies TranslationWorkflowConfig,
  validator() {},
};
