import type { Core } from '@strapi/strapi';

/** Who is asking: code running on the server (bootstrap, scripts, imports) or a request's caller. */
export type Actor =
  | { kind: 'server' }
  | { kind: 'admin'; id: number; email: string; roles: string[] }
  | { kind: 'api-token'; id: number; type: string }
  | { kind: 'anonymous' };

/**
 * Who the current write is for. Outside any HTTP request it is the server's own code (bootstrap,
 * scripts, imports run from the command line). Inside one it is whoever the request authenticated
 * as; a request that authenticated as nobody we know of writes as `anonymous`, which may write
 * nothing.
 */
export function currentActor(strapi: Core.Strapi): Actor {
  const request = strapi.requestContext.get() as any;
  if (!request) return { kind: 'server' };
  const auth = request.state?.auth;
  const strategy = auth?.strategy?.name;
  if (strategy === 'admin' && request.state.user) {
    const user = request.state.user;
    return { kind: 'admin', id: user.id, email: user.email, roles: (user.roles ?? []).map((role: { code: string }) => role.code) };
  }
  if (strategy === 'content-api-token' && auth.credentials) {
    return { kind: 'api-token', id: auth.credentials.id, type: auth.credentials.type };
  }
  return { kind: 'anonymous' };
}

/** For log lines and refusals: who, without anything secret. */
export function describeActor(actor: Actor): Record<string, unknown> {
  switch (actor.kind) {
    case 'admin':
      return { kind: 'admin', id: actor.id, email: actor.email, roles: actor.roles };
    case 'api-token':
      return { kind: 'api-token', id: actor.id, type: actor.type };
    default:
      return { kind: actor.kind };
  }
}

/** The route a request took, as Strapi declares it ("PUT /content-manager/collection-types/:model/:id"); null outside a request. */
export function currentRoute(strapi: Core.Strapi): string | null {
  type Route = { path?: string; info?: { type?: string; pluginName?: string } };
  const request = strapi.requestContext.get() as { method?: string; state?: { route?: Route } } | undefined;
  if (!request) return null;
  const route = request.state?.route;
  if (!route?.path) return `${request.method ?? ''} (no route)`.trim();
  // Content-API routes are served under the API prefix; plugins' routes under their name.
  const api = route.info?.type === 'content-api' ? (strapi.config.get('api.rest.prefix', '/api') as string) : '';
  const plugin = route.info?.pluginName && route.info.pluginName !== 'admin' ? `/${route.info.pluginName}` : '';
  return `${request.method} ${api}${plugin}${route.path}`;
}
