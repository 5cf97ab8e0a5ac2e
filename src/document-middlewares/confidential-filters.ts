import type { Core } from '@strapi/strapi';
import { narrowSourceFilters } from '../lib/confidential';
import { attributesOf } from '../schema';
import { SOURCE } from '../uids';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * Reads made for a content-API request (any route of type content-api, ours or a plugin's) have
 * their filters on withheld source fields narrowed to public sources. The admin panel is untouched.
 */
export const confidentialFilters =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    const params = ctx.params as { filters?: unknown };
    if (!READS.has(ctx.action) || !params.filters || !isContentApiRequest(strapi)) return next();
    params.filters = narrowSourceFilters(params.filters, ctx.uid, SOURCE, (uid, field) => targetOf(strapi, uid, field));
    return next();
  };

/** The model a filter key leads into: a relation's target or a component (getModel knows both). */
const targetOf = (strapi: Core.Strapi, uid: string, field: string): string | undefined => {
  const attribute = attributesOf(strapi, uid)[field];
  if (attribute?.type === 'relation') return attribute.target;
  if (attribute?.type === 'component') return attribute.component;
  return undefined;
};

const isContentApiRequest = (strapi: Core.Strapi) =>
  (strapi.requestContext.get() as any)?.state?.route?.info?.type === 'content-api';
