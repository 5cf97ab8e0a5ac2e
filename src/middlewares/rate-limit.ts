import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { RateLimit } from 'koa2-ratelimit';
import { isContentApiPath } from '@syria-cms/strapi-server-helpers';

interface RateLimitSettings {
  enabled: boolean;
  max: number;
  windowSeconds: number;
}

/**
 * Limits each client (by IP address) to `max` requests to the content API per window, with a 429
 * and Retry-After (seconds until the window ends) past it. Counters are kept in memory: they are
 * safe to lose, and with several instances behind a load balancer each instance counts its own
 * share, so set `max` per instance (or limit at the load balancer).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = strapi.config.get('public-api.rateLimit') as RateLimitSettings;
  if (!settings.enabled) return (_ctx: any, next: () => Promise<unknown>) => next();

  const limiter = RateLimit.middleware({
    interval: { sec: settings.windowSeconds },
    max: settings.max,
    // The memory store is shared by every limiter in the process: keep this instance's counters apart.
    prefixKey: `content-api-${randomUUID()}`,
    handler: (ctx: any) => {
      const secondsLeft = Math.min(settings.windowSeconds, Math.max(1, Math.ceil(ctx.state.rateLimit.reset - Date.now() / 1000)));
      ctx.status = 429;
      ctx.set('Retry-After', String(secondsLeft));
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'RateLimitError',
          message: `Too many requests: at most ${settings.max} per ${settings.windowSeconds} s per client. Retry after ${secondsLeft} s.`,
          details: {},
        },
      };
    },
  });

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (isContentApiPath(strapi, ctx.path)) return limiter(ctx, next);
    return next();
  };
};
