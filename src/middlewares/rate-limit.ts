import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { isContentApiPath } from '@syria-cms/strapi-server-helpers';
import { sharedRedisOf } from '../shared-state';

interface RateLimitSettings {
  enabled: boolean;
  max: number;
  windowSeconds: number;
}

/**
 * Limits each client (by IP address) to `max` requests to the content API per window, with a 429
 * and Retry-After (seconds until the window ends) past it. With the shared Redis the count is one
 * for all instances behind a load balancer; without it, or while Redis cannot be reached, each
 * instance counts in its own memory (the counts are safe to lose).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = strapi.config.get('public-api.rateLimit') as RateLimitSettings;
  if (!settings.enabled) return (_ctx: any, next: () => Promise<unknown>) => next();

  const window = { points: settings.max, duration: settings.windowSeconds };
  const inMemory = new RateLimiterMemory(window);
  const shared = sharedRedisOf(strapi);
  const limiter = shared
    ? new RateLimiterRedis({ ...window, storeClient: shared.client, keyPrefix: `${shared.keyPrefix}rate-limit`, insuranceLimiter: inMemory })
    : inMemory;

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!isContentApiPath(strapi, ctx.path)) return next();
    let state: RateLimiterRes;
    try {
      state = await limiter.consume(clientOf(ctx));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return refuse(ctx, settings, refusal);
    }
    setCounts(ctx, settings, state);
    return next();
  };
};

/** The client's address; an IPv4 address is one client whether it reached a socket as IPv4 or IPv6-mapped. */
const clientOf = (ctx: any): string => String(ctx.request.ip).replace(/^::ffff:/, '');

function setCounts(ctx: any, settings: RateLimitSettings, state: RateLimiterRes) {
  ctx.set('X-RateLimit-Limit', String(settings.max));
  ctx.set('X-RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  ctx.set('X-RateLimit-Reset', String(Math.ceil((Date.now() + state.msBeforeNext) / 1000)));
}

function refuse(ctx: any, settings: RateLimitSettings, state: RateLimiterRes) {
  setCounts(ctx, settings, state);
  const secondsLeft = Math.min(settings.windowSeconds, Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
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
}
