import type { Core } from '@strapi/strapi';
import { modelOf } from '@syria-cms/strapi-server-helpers';
import { configuredLocales } from '../server-shared/locales';
import { PUBLIC_MODELS } from './contract';
import type { GuardSettings } from './query-guard';
import type { AttributesOf, ContractModels } from './schema';

/** The contract with the running app's schemas. */
export const contractModels = (strapi: Core.Strapi): ContractModels => ({
  models: PUBLIC_MODELS,
  attributesOf: ((uid: string) => modelOf(strapi, uid)?.attributes) as AttributesOf,
});

/** The contract with the running app's schemas, locales and page limit: what the query guard checks against. */
export const contractSettings = (strapi: Core.Strapi): GuardSettings => ({
  ...contractModels(strapi),
  locales: configuredLocales(strapi),
  maxLimit: strapi.config.get('api.rest.maxLimit', 100) as number,
});
