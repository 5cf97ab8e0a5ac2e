import type { Core } from '@strapi/strapi';
import { configuredLocales } from '../../../../../server-shared/locales';

/**
 * Which content types are translated and which of their fields are text to translate. Slugs are
 * localized but derived from the title, and hidden fields (a search index) are derived from the
 * rest, so they are no translator's work and not compared.
 */
const TITLE_FIELDS = ['title', 'name', 'label'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  translatedTypes(): string[] {
    return Object.values(strapi.contentTypes)
      .filter((model: any) => model.uid.startsWith('api::') && model.pluginOptions?.i18n?.localized === true)
      .map((model: any) => model.uid);
  },

  isTranslated(uid: string): boolean {
    return this.translatedTypes().includes(uid);
  },

  textFields(uid: string): string[] {
    const attributes = (strapi.getModel(uid as any)?.attributes ?? {}) as Record<string, any>;
    return Object.entries(attributes)
      .filter(
        ([, attribute]) =>
          attribute.pluginOptions?.i18n?.localized === true && attribute.visible !== false && attribute.type !== 'uid' && attribute.type !== 'relation'
      )
      .map(([name]) => name);
  },

  titleField(uid: string): string | undefined {
    const attributes = (strapi.getModel(uid as any)?.attributes ?? {}) as Record<string, any>;
    return TITLE_FIELDS.find((field) => field in attributes);
  },

  hasDraftAndPublish(uid: string): boolean {
    return (strapi.getModel(uid as any) as any)?.options?.draftAndPublish === true;
  },

  displayName(uid: string): string {
    return (strapi.getModel(uid as any) as any)?.info?.displayName ?? uid;
  },

  configuredLocales: (): string[] => configuredLocales(strapi),
});
