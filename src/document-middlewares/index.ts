import type { Core } from '@strapi/strapi';
import { archivedCopyDigest } from './archived-copy-digest';
import { searchText } from './search-text';
import { sharedUniqueValues } from './shared-unique-values';
import { sharedRelations } from './shared-relations';
import { articleSlugs } from './slugs';
import { validateContent } from './validate-content';

/**
 * Order matters: validate first so that a rejected write touches nothing, then guard uniqueness
 * around everything that writes rows, then fill in, then propagate.
 */
export function registerDocumentMiddlewares(strapi: Core.Strapi) {
  strapi.documents.use(validateContent(strapi));
  strapi.documents.use(sharedUniqueValues(strapi));
  strapi.documents.use(articleSlugs(strapi));
  strapi.documents.use(archivedCopyDigest(strapi));
  strapi.documents.use(searchText(strapi));
  strapi.documents.use(sharedRelations(strapi));
}
