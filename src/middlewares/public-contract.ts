import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkPublicQuery, encodingProblems, normalizePublicQuery } from '../public-api/query-guard';
import { publicRouteOf } from '../public-api/routes';
import { contractSettings } from '../public-api/settings';
import { contentApiPrefix, isContentApiRead, validationError } from '@syria-cms/strapi-server-helpers';

/**
 * Every read of the content API passes the public contract (src/public-api/contract.ts) before
 * any route runs: a parameter, field, operator or value it does not declare is a 400 naming it,
 * so nothing undeclared (Strapi's `_q`, `localizations`, a private field, a malformed operator)
 * reaches the database. An anonymous read of a route the contract does not list is a 404: what
 * is not declared public does not exist publicly. Reads with a token go through the same checks.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = contractSettings(strapi);
  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!isContentApiRead(strapi, ctx)) return next();
    const encoding = encodingProblems(ctx.path, ctx.querystring);
    if (encoding.length > 0) throw validationError(encoding);
    // A NUL in a path segment reaches the database as a documentId; PostgreSQL refuses it with an error.
    if (/%00/.test(ctx.path)) throw validationError([{ path: ['path'], message: 'the path contains a NUL character' }]);
    const route = publicRouteOf(ctx.path.slice(contentApiPrefix(strapi).length));
    if (!route) {
      if (ctx.get('Authorization')) return next();
      throw new errors.NotFoundError('Not a route of the public API (see /api/openapi.json)');
    }
    const problems = checkPublicQuery(route, ctx.query, settings);
    if (problems.length > 0) throw validationError(problems);
    // In place: the query object is the one Strapi's parser hands every later reader.
    normalizePublicQuery(route, ctx.query, settings);
    return next();
  };
};
