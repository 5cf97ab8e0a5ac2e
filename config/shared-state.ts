import type { Core } from '@strapi/strapi';

/**
 * What several instances of the CMS share: the public response cache and the rate limiter's
 * counters. With REDIS_URL they live in that Redis, so every instance sees one cache and one count
 * per client; without it (the embedded default) each instance keeps its own in memory, which is
 * right for one instance and needs no server.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  redis: {
    url: env('REDIS_URL', ''),
    /** Prefixes every key, so several deployments can share one Redis. */
    keyPrefix: env('REDIS_KEY_PREFIX', 'syria-cms:'),
  },
});
