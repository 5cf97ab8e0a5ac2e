import type { Core } from '@strapi/strapi';
import { authorityGuard } from '../authority/document-guard';
import { orderWriteSteps, registerWriteStep } from '@syria-cms/strapi-server-helpers';
import { archivedCopyDigest } from './archived-copy-digest';
import { searchText } from './search-text';
import { sharedUniqueValues } from './shared-unique-values';
import { sharedRelations } from './shared-relations';
import { articleSlugs } from './slugs';
import { validateContent } from './validate-content';

/**
 * Every rule a write of a document passes through, app and plugins together, in one order. The
 * evidence trail opens the write's transaction and reads the document first, under a lock on it,
 * so that its entry's "before" is exact and commits with the write or not at all. Inside it:
 * refuse what the actor may not write, then validate, so that a rejected write changes nothing;
 * hold the document's unique values; fill in derived values; and, around the write itself,
 * propagate and record. Plugins register their steps in their own register phase, which runs
 * before this one.
 */
export const WRITE_STEPS = [
  'evidence-trail.record',
  'authority',
  'validate-content',
  'shared-unique-values',
  'article-slugs',
  'archived-copy-digest',
  'search-text',
  'shared-relations',
  'incident-linker.links-of-deleted-documents',
  'translation-workflow.states',
] as const;

export function registerDocumentMiddlewares(strapi: Core.Strapi) {
  registerWriteStep(strapi, 'authority', authorityGuard(strapi));
  registerWriteStep(strapi, 'validate-content', validateContent(strapi));
  registerWriteStep(strapi, 'shared-unique-values', sharedUniqueValues(strapi));
  registerWriteStep(strapi, 'article-slugs', articleSlugs(strapi));
  registerWriteStep(strapi, 'archived-copy-digest', archivedCopyDigest(strapi));
  registerWriteStep(strapi, 'search-text', searchText(strapi));
  registerWriteStep(strapi, 'shared-relations', sharedRelations(strapi));
  orderWriteSteps(strapi, WRITE_STEPS);
}
