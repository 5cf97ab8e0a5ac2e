import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const POLICY = 'first-admin-registration';

/**
 * On a database with no admin, Strapi's `POST /admin/register-admin` makes whoever calls it first a
 * super admin: on a server just put online, that is anyone who finds it first. In production it is
 * closed unless ADMIN_FIRST_REGISTRATION=true; the first admin is created on the server itself,
 * with `npx strapi admin:create-user`. `GET /admin/init` is left alone, so the login page still
 * loads: it shows the register form, and submitting it gets this 403 with its message.
 *
 * The refusal is a policy on Strapi's own route, not a middleware matching a path: it holds however
 * the path is written (case, trailing slash).
 */
export function guardFirstAdminRegistration(strapi: Core.Strapi) {
  strapi.get('policies').add('global::', { [POLICY]: refuseInProduction });

  const route = Object.values(strapi.admin.routes)
    .flatMap((router) => router.routes)
    .find((candidate) => candidate.method === 'POST' && candidate.path === '/register-admin');
  // Strapi renamed or dropped the route: review this rule rather than start with it silently open.
  if (!route) throw new Error('Strapi has no POST /admin/register-admin route to guard any more: see src/admin-api/first-admin.ts');

  // Strapi's route objects are shared by every Strapi in the process (the tests boot several), so
  // the policy is named once and decides, for the instance serving each request, whether it refuses.
  const policies = route.config?.policies ?? [];
  if (!policies.includes(`global::${POLICY}`)) route.config = { ...route.config, policies: [...policies, `global::${POLICY}`] };
}

const refuseInProduction: Core.PolicyHandler = (_context, _config, { strapi }) => {
  if (strapi.config.get('environment') === 'production' && process.env.ADMIN_FIRST_REGISTRATION !== 'true') {
    throw new errors.PolicyError(
      'Registering the first admin over HTTP is closed in production. On the server, run: ' +
        'npx strapi admin:create-user --email <email> --password <password> --firstname <name> ' +
        '(or start it once with ADMIN_FIRST_REGISTRATION=true).'
    );
  }
  return true;
};
