import type { Core } from '@strapi/strapi';
import { configuredLocales } from '../server-shared/locales';
import { PUBLIC_MODELS } from './contract';
import type { GuardSettings } from './query-guard';
import type { AttributesOf } from './schema';

/** The contract with the running app's schemas, locales and page limit. */
export const contractSettings = (strapi: Core.Strapi): GuardSettings => ({
  models: PUBLIC_MODELS,
  attributesOf: ((uid: string) => strapi.getModel(uid as any)?.attributes) as AttributesOf,
  locales: configuredLocales(strapi),
  maxLimit: strapi.config.get('api.rest.maxLimit', 100) as number,
});
