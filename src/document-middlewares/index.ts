import type { Core } from '@strapi/strapi';
import { authorityGuard } from '../authority/document-guard';
import { archivedCopyDigest } from './archived-copy-digest';
import { searchText } from './search-text';
import { sharedRelations } from './shared-relations';
import { articleSlugs } from './slugs';
import { validateContent } from './validate-content';

/**
 * Order matters: refuse what the actor may not write, then validate, so that a rejected write
 * touches nothing; then fill in, then propagate.
 */
export function registerDocumentMiddlewares(strapi: Core.Strapi) {
  strapi.documents.use(authorityGuard(strapi));
  strapi.documents.use(validateContent(strapi));
  strapi.documents.use(articleSlugs(strapi));
  strapi.documents.use(archivedCopyDigest(strapi));
  strapi.documents.use(searchText(strapi));
  strapi.documents.use(sharedRelations(strapi));
}
