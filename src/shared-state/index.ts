import type { Core } from '@strapi/strapi';
import { connectSharedRedis, sharedStateSettings, type SharedRedis } from './redis';

export type { SharedRedis } from './redis';

/** Kept in Strapi's container, where every copy of this module (a test's, the app's) finds it. */
const CONTAINER_NAME = 'syria-cms.shared-redis';

/** Opens the shared Redis when REDIS_URL is set (at register, before anything uses it). */
export function openSharedState(strapi: Core.Strapi) {
  const shared = connectSharedRedis(sharedStateSettings(strapi).redis, strapi.log);
  if (shared) strapi.add(CONTAINER_NAME, shared);
}

/** The shared Redis, or undefined when instances share nothing (no REDIS_URL). */
export const sharedRedisOf = (strapi: Core.Strapi): SharedRedis | undefined => (strapi.has(CONTAINER_NAME) ? strapi.get(CONTAINER_NAME) : undefined);

export async function closeSharedState(strapi: Core.Strapi) {
  await sharedRedisOf(strapi)?.close();
}
