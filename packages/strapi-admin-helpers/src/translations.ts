import ar from './translations/ar';
import en from './translations/en';

/**
 * Interface messages of the local plugins. Every plugin's message ids carry its name, so they
 * cannot clash with Strapi's or another plugin's; the modules of this folder have their own
 * prefix and their messages are registered with each plugin's, whichever plugin is loaded.
 */
type Messages = Record<string, string>;
type LoadMessages = (locale: string) => Promise<{ default: Messages }>;

const SHARED_PREFIX = 'admin-helpers';

const prefixed = (prefix: string, messages: Messages): Messages =>
  Object.fromEntries(Object.entries(messages).map(([id, message]) => [`${prefix}.${id}`, message]));

/** An interface language a file is missing for shows the English defaults written in the code. */
const loadOrNothing = (load: LoadMessages, locale: string): Promise<Messages> =>
  load(locale).then(
    (module) => module.default,
    () => ({})
  );

// Two short message sets: bundled rather than loaded per language.
const SHARED: Record<string, Messages> = { en, ar };

/** Message ids of the shared modules. */
export const getSharedTranslation = (id: string) => `${SHARED_PREFIX}.${id}`;

/**
 * A plugin's `getTranslation`, and its admin entry's `registerTrads` given how to import its
 * `translations/<locale>.json` (the import must be written in the plugin, next to its files).
 */
export function pluginTranslations(pluginId: string) {
  return {
    getTranslation: (id: string) => `${pluginId}.${id}`,
    registerTrads:
      (load: LoadMessages) =>
      ({ locales }: { locales: string[] }) =>
        Promise.all(
          locales.map(async (locale) => {
            const own = await loadOrNothing(load, locale);
            const shared = SHARED[locale] ?? {};
            return { locale, data: { ...prefixed(SHARED_PREFIX, shared), ...prefixed(pluginId, own) } };
          })
        ),
  };
}
