import type { Core } from '@strapi/strapi';
import { sharedRedisOf } from '../shared-state';
import { releaseOf } from './release';
import { memoryStore, redisStore, type ResponseStore } from './store';

export interface ResponseCacheSettings {
  enabled: boolean;
  ttlSeconds: number;
  maxEntryBytes: number;
  memoryBytes: number;
}

export const responseCacheSettings = (strapi: Core.Strapi) => strapi.config.get('public-api.responseCache') as ResponseCacheSettings;

const stores = new WeakMap<Core.Strapi, ResponseStore>();

/**
 * Chooses where responses are kept: the shared Redis when there is one, this instance's memory
 * otherwise. With Redis, an instance whose cache is turned off still has the store, to invalidate
 * what the other instances keep when it writes.
 */
export function setUpResponseCache(strapi: Core.Strapi) {
  const settings = responseCacheSettings(strapi);
  const shared = sharedRedisOf(strapi);
  if (shared) stores.set(strapi, redisStore(shared, settings, releaseOf(strapi)));
  else if (settings.enabled) stores.set(strapi, memoryStore(settings));
}

/** The response store, or undefined when this instance neither keeps responses nor shares a cache. */
export const responseStoreOf = (strapi: Core.Strapi): ResponseStore | undefined => stores.get(strapi);
