import type { Core } from '@strapi/strapi';

/** Adds to the documents of a content-API find or findOne response; called once per response. */
export type ResponseDecorator = (ctx: any, entries: any[], uid: string) => Promise<void>;

/**
 * Wraps the core find and findOne controllers of content types so that a plugin can add fields to
 * the documents they return, with one bulk read for the whole page rather than one per document.
 * Core controllers keep helpers (validateQuery, sanitizeOutput, ...) on their prototype, so the
 * wrapper inherits from the controller rather than copying it.
 */
export function decorateFindResponses(strapi: Core.Strapi, uids: string[], decorate: ResponseDecorator) {
  for (const uid of uids) {
    // A type without a content API (no controller) has no responses to add to.
    if (!strapi.get('controllers').get(uid as any)) continue;
    strapi.get('controllers').extend(uid as any, (controller: any) => {
      const withDecoration = (action: 'find' | 'findOne') => async (ctx: any) => {
        const response = await controller[action](ctx);
        const entries = response?.data ? (Array.isArray(response.data) ? response.data : [response.data]) : [];
        if (entries.length > 0) await decorate(ctx, entries, uid);
        return response;
      };
      return Object.assign(Object.create(controller), { find: withDecoration('find'), findOne: withDecoration('findOne') });
    });
  }
}

/**
 * With `strictParams`, Strapi refuses query parameters a route does not declare. This declares a
 * route's extra text parameters (lists are comma-separated) on the content-API routes whose handler matches.
 */
export function acceptQueryParams(strapi: Core.Strapi, handlers: RegExp, names: readonly string[]) {
  strapi.contentAPI.addQueryParams(
    Object.fromEntries(
      names.map((name) => [
        name,
        {
          schema: (z: any) => z.string().optional(),
          // Route objects are module singletons: a second Strapi in the same process (tests) sees them already extended.
          matchRoute: (route: any) => route.method === 'GET' && handlers.test(route.handler) && !(name in (route.request?.query ?? {})),
        },
      ])
    )
  );
}

/** The content API's path and whether a request is under it (`/api` unless configured otherwise). */
export const contentApiPrefix = (strapi: Core.Strapi): string => strapi.config.get('api.rest.prefix', '/api') as string;

export function isContentApiPath(strapi: Core.Strapi, path: string): boolean {
  const prefix = contentApiPrefix(strapi);
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** A public read of the content API: the requests sites make. */
export const isContentApiRead = (strapi: Core.Strapi, ctx: { method: string; path: string }): boolean =>
  (ctx.method === 'GET' || ctx.method === 'HEAD') && isContentApiPath(strapi, ctx.path);
