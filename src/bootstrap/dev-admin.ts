import type { Core } from '@strapi/strapi';

/**
 * In development only, creates the admin account named by DEV_ADMIN_EMAIL and DEV_ADMIN_PASSWORD
 * (see .env.example) when no admin exists, so that a fresh clone opens straight into a usable panel.
 */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi) {
  const email = process.env.DEV_ADMIN_EMAIL;
  const password = process.env.DEV_ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if ((await users.count()) > 0) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email,
    password,
    firstname: 'Demo',
    lastname: 'Admin',
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  strapi.log.info(`Created the development admin ${email} (from DEV_ADMIN_EMAIL in .env)`);
}
