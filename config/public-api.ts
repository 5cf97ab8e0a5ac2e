import type { Core } from '@strapi/strapi';

/**
 * What sites get from the public content API beyond Strapi's defaults: caching (HTTP and the
 * server's own), rate limiting and where the feeds point. CORS origins are in config/middlewares.ts (CORS_ORIGINS).
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  cache: {
    /** Seconds a site or CDN may reuse a response without asking; it revalidates with the ETag after. */
    maxAge: env.int('PUBLIC_CACHE_MAX_AGE', 60),
    staleWhileRevalidate: env.int('PUBLIC_CACHE_STALE_WHILE_REVALIDATE', 300),
  },
  /**
   * The server's own cache of public responses (src/response-cache): an anonymous read answered
   * before is answered again without the database, until a write that could change any public
   * response makes every entry stale. Shared through Redis when REDIS_URL is set.
   */
  responseCache: {
    enabled: env.bool('RESPONSE_CACHE_ENABLED', true),
    /** Entries also expire after this long: a bound on memory, not on freshness (writes invalidate at once). */
    ttlSeconds: env.int('RESPONSE_CACHE_TTL_SECONDS', 3600),
    /** Larger bodies are not kept. */
    maxEntryBytes: env.int('RESPONSE_CACHE_MAX_ENTRY_BYTES', 8 * 1024 * 1024),
    /** The in-process cache's size, used without Redis (Redis is bounded by its own maxmemory). */
    memoryBytes: env.int('RESPONSE_CACHE_MEMORY_BYTES', 128 * 1024 * 1024),
  },
  rateLimit: {
    enabled: env.bool('RATE_LIMIT_ENABLED', true),
    /**
     * Requests per client (IP address, or X-Forwarded-For behind a proxy with server.proxy) per
     * window: counted across instances with REDIS_URL, per instance without it.
     */
    max: env.int('RATE_LIMIT_MAX', 600),
    windowSeconds: env.int('RATE_LIMIT_WINDOW_SECONDS', 60),
  },
  site: {
    /** The public site the feeds link to; an article's page is articlePath under it. */
    url: env('PUBLIC_SITE_URL', 'http://localhost:3000'),
    articlePath: '/{locale}/articles/{slug}',
  },
  feeds: {
    size: env.int('FEED_SIZE', 50),
    title: { en: 'Syria violations documentation: news', ar: 'توثيق الانتهاكات في سوريا: الأخبار' },
    description: {
      en: 'News of documented violations in Syria, with the incidents they report.',
      ar: 'أخبار الانتهاكات الموثقة في سوريا والحوادث التي تتناولها.',
    },
  },
});
