import type { Core } from '@strapi/strapi';
import { contentApiPrefix, isContentApiPath } from '@syria-cms/strapi-server-helpers';
import { publicRouteOf } from '../public-api/routes';
import { responseCacheSettings, responseStoreOf } from '../response-cache';
import { answerNotModifiedWhenFresh } from './http-cache';

/** Headers that describe this one exchange, not the content: never kept. */
const EXCHANGE_HEADERS = new Set(['content-length', 'date', 'connection', 'transfer-encoding', 'keep-alive']);

/**
 * Answers an anonymous public read from the response cache when it was answered before and
 * nothing public has changed since: no routing, no query parsing, no database. A matching
 * If-None-Match is a 304 from the cache. Only what http-cache marked `public` is kept (a 200 of
 * a content-API read without a token), and only for routes the public contract declares; a
 * request with an Authorization header or any cookie is neither served from the cache nor saved
 * to it. It sits after the rate limiter and CORS, which apply to every answer, and before the
 * security headers, which are kept with the answer as the route's own headers are.
 * `X-Response-Cache` says whether the answer came from the cache (hit) or was made (miss).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const store = responseStoreOf(strapi);
  const { enabled, maxEntryBytes } = responseCacheSettings(strapi);
  if (!store || !enabled) return (_ctx: any, next: () => Promise<unknown>) => next();
  const prefix = contentApiPrefix(strapi);

  const cacheable = (ctx: any) =>
    ctx.method === 'GET' &&
    !ctx.get('Authorization') &&
    !ctx.get('Cookie') &&
    isContentApiPath(strapi, ctx.path) &&
    publicRouteOf(ctx.path.slice(prefix.length)) !== undefined;

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!cacheable(ctx)) return next();
    const key = ctx.url;
    const found = await store.read(key);
    if (found?.entry) {
      ctx.status = found.entry.status;
      ctx.body = found.entry.body;
      ctx.set(found.entry.headers);
      ctx.set('X-Response-Cache', 'hit');
      answerNotModifiedWhenFresh(ctx);
      return;
    }

    // Made in full even when the client holds it, so that it can be kept; the 304 is decided here after.
    const ifNoneMatch = ctx.request.headers['if-none-match'];
    delete ctx.request.headers['if-none-match'];
    const before = { ...ctx.response.headers };
    try {
      await next();
    } finally {
      if (ifNoneMatch !== undefined) ctx.request.headers['if-none-match'] = ifNoneMatch;
    }
    if (found && ctx.status === 200 && String(ctx.response.get('Cache-Control')).startsWith('public')) {
      const body = bytesOf(ctx.body);
      const headers = headersSetInside(before, ctx.response.headers);
      if (body && body.length <= maxEntryBytes && headers) await store.write(key, found.generation, { status: ctx.status, headers, body });
    }
    ctx.set('X-Response-Cache', 'miss');
    answerNotModifiedWhenFresh(ctx);
  };
};

/** The body as bytes; undefined for a stream (a spreadsheet), which is sent as it is made and not kept. */
function bytesOf(body: unknown): Buffer | undefined {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  return undefined;
}

/**
 * The headers the route and the middlewares inside this one set (the security headers among them):
 * those outside (CORS, the rate limiter's counts) are set again for every answer. Undefined when a cookie is set: such
 * an answer is for one client.
 */
function headersSetInside(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, string> | undefined {
  if (after['set-cookie'] !== undefined) return undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(after)) {
    if (EXCHANGE_HEADERS.has(name) || before[name] === value) continue;
    headers[name] = String(value);
  }
  return headers;
}
