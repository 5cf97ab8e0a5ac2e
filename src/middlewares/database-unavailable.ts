import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isConnectionError, mayHideUnreachableDatabase } from '@syria-cms/strapi-server-helpers';

/**
 * While the database cannot be reached, every route, public or admin, answers 503 with
 * Retry-After, whatever the code that met the failure made of it: Strapi's users-permissions
 * strategy swallows the error and answers 401, the admin login 501, other endpoints 500. A site, a
 * CDN or a load balancer knows what to do with a 503 (retry, serve stale, take the instance out);
 * a 401 tells a site it needs credentials it never needed.
 *
 * An error that says the database is unreachable is answered at once. An answer that may hide one
 * (401, 403, 5xx) costs one `select 1`, shared by the requests failing at the same time and given
 * PROBE_TIMEOUT_MS; successes, 404s and 400s cost nothing. Registered right inside strapi::errors:
 * it sees errors before they are formatted, and wraps everything else, the auth strategies too.
 */
const PROBE_TIMEOUT_MS = 1500;

export default (config: { retryAfterSeconds: number }, { strapi }: { strapi: Core.Strapi }) => {
  let probing: Promise<unknown> | undefined;
  /** Why the database does not answer now, or undefined when it does. */
  const unreachable = () => (probing ??= probe(strapi).finally(() => (probing = undefined)));

  const answerUnavailable = (ctx: any, reason: unknown) => {
    strapi.log.warn(`${ctx.method} ${ctx.path}: the database cannot be reached (${describe(reason)}); answering 503`);
    ctx.status = 503;
    ctx.set('Retry-After', String(config.retryAfterSeconds));
    // The next request may well succeed: no browser or CDN may keep this one.
    ctx.set('Cache-Control', 'no-store');
    ctx.remove('ETag');
    ctx.body = {
      data: null,
      error: { status: 503, name: 'ServiceUnavailableError', message: 'The database cannot be reached; try again shortly', details: {} },
    };
  };

  return async (ctx: any, next: () => Promise<unknown>) => {
    try {
      await next();
    } catch (error) {
      if (isConnectionError(error)) return answerUnavailable(ctx, error);
      const reason = mayHideUnreachableDatabase(statusOf(error)) ? await unreachable() : undefined;
      if (reason) return answerUnavailable(ctx, reason);
      throw error;
    }
    if (mayHideUnreachableDatabase(ctx.status) && !ctx.headerSent) {
      const reason = await unreachable();
      if (reason) answerUnavailable(ctx, reason);
    }
  };
};

/**
 * `select 1`, or why it failed. A database that cannot answer it within the time cannot serve the
 * request either (down, cut off behind a silent network, or its pool exhausted): that is a 503 too.
 */
async function probe(strapi: Core.Strapi): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to select 1 within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([strapi.db.connection.raw('select 1'), timeout]);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    clearTimeout(timer);
  }
}

/** The status strapi::errors will give a thrown error (its formatApplicationError and formatInternalError). */
function statusOf(error: unknown): number {
  if (error instanceof errors.UnauthorizedError) return 401;
  if (error instanceof errors.ForbiddenError) return 403;
  if (error instanceof errors.NotImplementedError) return 501;
  // Every other application error is a 4xx: 400, 404, 413, 429.
  if (error instanceof errors.ApplicationError) return 400;
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const given = status ?? statusCode;
  return typeof given === 'number' && given >= 400 && given < 600 ? given : 500;
}

const describe = (error: any): string => error?.code ?? error?.message ?? String(error);
