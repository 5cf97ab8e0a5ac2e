import type { Core } from '@strapi/strapi';

/** The demo admin's password as README and .env.example publish it. */
const DOCUMENTED_DEMO_PASSWORD = 'Demo-Admin-2017';

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

/**
 * In production, disables every active admin whose password is still a demo password (the
 * documented one, and DEV_ADMIN_PASSWORD if set): a database first started in development keeps its
 * demo admin, and anyone who has read the README could log in. Passwords are compared, not emails,
 * so a demo password given to any account is caught, and the demo address with a real password is
 * left alone. The database is written directly: Strapi's user service refuses to disable the last
 * super admin, and a public password is worse than none.
 */
export async function disableDemoPasswordAdmins(strapi: Core.Strapi) {
  const demoPasswords = [DOCUMENTED_DEMO_PASSWORD, process.env.DEV_ADMIN_PASSWORD].filter((password): password is string => !!password);
  const auth = strapi.service('admin::auth');
  const admins: { id: number; email: string; password: string | null }[] = await strapi.db
    .query('admin::user')
    .findMany({ where: { isActive: true }, select: ['id', 'email', 'password'] });

  for (const admin of admins) {
    if (!admin.password) continue;
    const isDemo = (await Promise.all(demoPasswords.map((password) => auth.validatePassword(password, admin.password)))).some(Boolean);
    if (!isDemo) continue;
    await strapi.db.query('admin::user').update({ where: { id: admin.id }, data: { isActive: false } });
    strapi.log.warn(
      `Disabled the admin ${admin.email}: its password is a demo password, published with this project. ` +
        `Give it a new one and enable it again: npx strapi admin:reset-user-password --email ${admin.email} --password <new>, ` +
        `then npx strapi admin:active-user --email ${admin.email} --active true (or create another admin: npx strapi admin:create-user).`
    );
  }
}
