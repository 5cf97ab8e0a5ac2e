import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isContentApiRead } from '@syria-cms/strapi-server-helpers';

/**
 * Public reads carry a Cache-Control a CDN or browser can act on and, unless streamed, an ETag
 * (a digest of the exact bytes sent); a request whose If-None-Match matches gets a 304 without a body. The body
 * is serialized here once, which Koa would otherwise do after us. Responses to authenticated
 * requests are private: a token may see what the public does not.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { maxAge, staleWhileRevalidate } = strapi.config.get('public-api.cache') as { maxAge: number; staleWhileRevalidate: number };
  const publicPolicy = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`;

  return async (ctx: any, next: () => Promise<unknown>) => {
    await next();
    if (ctx.status !== 200 || !isContentApiRead(strapi, ctx)) return;
    ctx.set('Cache-Control', ctx.get('Authorization') ? 'private, no-cache' : publicPolicy);
    const bytes = bodyBytes(ctx);
    // A streamed body (a spreadsheet) is sent as it is made: cacheable, but not digested.
    if (bytes === undefined) return;
    ctx.set('ETag', `"${createHash('sha1').update(bytes).digest('base64url')}"`);
    answerNotModifiedWhenFresh(ctx);
  };
};

/** A 304 without a body when the client's If-None-Match matches the ETag set (Koa's `fresh`). */
export function answerNotModifiedWhenFresh(ctx: any) {
  if (!ctx.fresh) return;
  ctx.status = 304;
  ctx.body = null;
}

/** The bytes of the body, serializing JSON now; undefined for streams, which are not digested. */
function bodyBytes(ctx: any): string | Buffer | undefined {
  const { body } = ctx;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (body === null || body === undefined || typeof body.pipe === 'function') return undefined;
  const type = ctx.response.get('Content-Type');
  ctx.body = JSON.stringify(body);
  // Assigning a string makes Koa guess text/plain; keep what the endpoint chose (JSON, GeoJSON).
  ctx.type = type || 'application/json';
  return ctx.body;
}
