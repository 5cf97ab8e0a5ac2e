import { PLUGIN_ID } from '../../../server/src/constants';

/** Message ids carry the plugin's name so they cannot clash with Strapi's or another plugin's. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

export const prefixTranslations = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([id, message]) => [getTranslation(id), message]));
