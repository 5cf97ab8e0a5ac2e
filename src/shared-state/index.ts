import type { Core } from '@strapi/strapi';
import { connectSharedRedis, type SharedRedis } from './redis';

export type { SharedRedis } from './redis';

const connections = new WeakMap<Core.Strapi, SharedRedis>();

/** Opens the shared Redis when REDIS_URL is set (at register, before anything uses it). */
export function openSharedState(strapi: Core.Strapi) {
  const shared = connectSharedRedis(strapi);
  if (shared) connections.set(strapi, shared);
}

/** The shared Redis, or undefined when instances share nothing (no REDIS_URL). */
export const sharedRedisOf = (strapi: Core.Strapi): SharedRedis | undefined => connections.get(strapi);

export async function closeSharedState(strapi: Core.Strapi) {
  await connections.get(strapi)?.close();
  connections.delete(strapi);
}
