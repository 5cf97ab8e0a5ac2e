import type { Core } from '@strapi/strapi';
import { sharedRedisOf } from '../shared-state';
import { memoryStore, redisStore, type ResponseStore } from './store';

export interface ResponseCacheSettings {
  enabled: boolean;
  ttlSeconds: number;
  maxEntryBytes: number;
  memoryBytes: number;
}

export const responseCacheSettings = (strapi: Core.Strapi) => strapi.config.get('public-api.responseCache') as ResponseCacheSettings;

const stores = new WeakMap<Core.Strapi, ResponseStore>();

/** Chooses where responses are kept: the shared Redis when there is one, this instance's memory otherwise. */
export function setUpResponseCache(strapi: Core.Strapi) {
  const settings = responseCacheSettings(strapi);
  if (!settings.enabled) return;
  const shared = sharedRedisOf(strapi);
  stores.set(strapi, shared ? redisStore(shared, settings) : memoryStore(settings));
}

/** The response store, or undefined when the cache is turned off. */
export const responseStoreOf = (strapi: Core.Strapi): ResponseStore | undefined => stores.get(strapi);
