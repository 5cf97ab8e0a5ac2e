import type { Core } from '@strapi/strapi';

/**
 * No feature of the sites needs a users-permissions account, so `POST /api/auth/local/register`
 * (and sign-up through a login provider) is closed unless PUBLIC_REGISTRATION=true. The setting is
 * users-permissions' own `allow_register` (core store `plugin_users-permissions_advanced`), set at
 * every start: one turned on in the admin panel is turned off again by the next start. It is on in
 * a fresh database (users-permissions' default), so closing it is news, not a warning.
 */
export async function ensurePublicRegistration(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown>;
  const wanted = process.env.PUBLIC_REGISTRATION === 'true';
  if (advanced.allow_register === wanted) return;

  await store.set({ key: 'advanced', value: { ...advanced, allow_register: wanted } });
  strapi.log.info(`${wanted ? 'Opened' : 'Closed'} public registration of users-permissions accounts (PUBLIC_REGISTRATION=${wanted})`);
}
