import type { Core } from '@strapi/strapi';
import { translationSettings } from './settings';

/** Creates the configured content locales that do not exist yet and sets the default one. */
export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  const { defaultLocale, locales: wanted } = translationSettings(strapi);

  for (const { code, name } of wanted) {
    if (!(await locales.findByCode(code))) {
      await locales.create({ code, name });
    }
  }
  if ((await locales.getDefaultLocale()) !== defaultLocale) {
    await locales.setDefaultLocale({ code: defaultLocale });
  }
}
