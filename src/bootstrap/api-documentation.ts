import type { Core } from '@strapi/strapi';

/**
 * The documentation plugin writes its OpenAPI document at start outside production only (into
 * src/extensions). A production build has no such file, so it is written at start there too, into
 * the build's own directory, where the plugin reads it in production.
 */
export async function ensureApiDocumentation(strapi: Core.Strapi) {
  if (strapi.config.get('environment') !== 'production' || !strapi.plugin('documentation')) return;
  await strapi.plugin('documentation').service('documentation').generateFullDoc();
}
