import type { Core } from '@strapi/strapi';
import { isLocalized } from '@syria-cms/bilingual-text';
import { attributesOf, modelOf } from '@syria-cms/strapi-server-helpers';
import { PLUGIN_ID } from '../../../shared/constants';
import type { TranslationWorkflowConfig } from '../config';

/**
 * Which content types are translated and which of their fields are text to translate. Slugs are
 * localized but derived from the title, and hidden fields (a search index) are derived from the
 * rest, so they are no translator's work and not compared.
 */
const TITLE_FIELDS = ['title', 'name', 'label'];
/** Text a translator writes in a form field and can start from the source's: a copy of a component or a file would be another locale's. */
const WRITTEN_TYPES = new Set(['string', 'text', 'richtext', 'blocks']);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  translatedTypes(): string[] {
    return Object.values(strapi.contentTypes)
      .filter((model: any) => model.uid.startsWith('api::') && isLocalized(model))
      .map((model: any) => model.uid);
  },

  isTranslated(uid: string): boolean {
    return this.translatedTypes().includes(uid);
  },

  textFields(uid: string): string[] {
    return Object.entries(attributesOf(strapi, uid))
      .filter(([, attribute]) => isLocalized(attribute) && attribute.visible !== false && attribute.type !== 'uid' && attribute.type !== 'relation')
      .map(([name]) => name);
  },

  /** The text fields shown beside a translation, with their source text to copy. */
  writtenFields(uid: string): string[] {
    const attributes = attributesOf(strapi, uid);
    return this.textFields(uid).filter((field) => WRITTEN_TYPES.has(attributes[field].type));
  },

  titleField(uid: string): string | undefined {
    const attributes = attributesOf(strapi, uid);
    return TITLE_FIELDS.find((field) => field in attributes);
  },

  displayName(uid: string): string {
    return (modelOf(strapi, uid) as any)?.info?.displayName ?? uid;
  },

  configuredLocales: (): string[] => (strapi.config.get(`plugin::${PLUGIN_ID}`) as TranslationWorkflowConfig).locales,
});
