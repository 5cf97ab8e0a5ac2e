import type { Core } from '@strapi/strapi';
import { ensureClaims } from '../uniqueness/shared-values';
import { ensureSlugIndexes } from '../uniqueness/slug-constraints';

/**
 * The constraints that keep slugs, keys, p-codes and external ids unique, before any write: after
 * Strapi's schema sync (which leaves them alone), idempotent, and refusing the start where the data
 * already breaks them.
 */
export async function ensureUniqueness(strapi: Core.Strapi) {
  await ensureSlugIndexes(strapi);
  await ensureClaims(strapi);
}
