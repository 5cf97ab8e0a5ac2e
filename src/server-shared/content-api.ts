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
