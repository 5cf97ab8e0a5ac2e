import type { Core } from '@strapi/strapi';

export interface LocaleSetting {
  code: string;
  name: string;
}

export interface TranslatorRoleSetting {
  code: string;
  name: string;
  description: string;
  locales: string[];
}

export interface TranslationSettings {
  defaultLocale: string;
  locales: LocaleSetting[];
  translatorRoles: TranslatorRoleSetting[];
}

export const translationSettings = (strapi: Core.Strapi): TranslationSettings =>
  strapi.config.get('translation') as TranslationSettings;
