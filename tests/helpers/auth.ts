import type { Core } from '@strapi/strapi';
import request from 'supertest';

/** A full-access API token, as an import script or a trusted integration would hold. */
export async function createFullAccessToken(strapi: Core.Strapi): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${Date.now()}-${Math.random()}`,
    type: 'full-access',
    lifespan: null,
  });
  return token.accessKey;
}

let userCounter = 0;

/**
 * Creates an admin user with the role of the given code (strapi-super-admin, strapi-editor,
 * translator) and logs in through the admin API, returning the bearer token the panel would use.
 */
export async function loginAdmin(strapi: Core.Strapi, server: any, roleCode: string): Promise<string> {
  userCounter += 1;
  const user = { email: `${roleCode}-${userCounter}-${Date.now()}@test.example`, password: 'Test-Password-1' };
  await createAdminUser(strapi, roleCode, user);
  const response = await request(server).post('/admin/login').send(user);
  if (response.status !== 200) throw new Error(`Admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token;
}

/** An admin user with the role of the given code, to log in through the admin panel's form. */
export async function createAdminUser(
  strapi: Core.Strapi,
  roleCode: string,
  user: { email: string; password: string },
  extra: Record<string, unknown> = {}
) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) throw new Error(`No admin role ${roleCode}`);
  await strapi.service('admin::user').create({ ...user, firstname: roleCode, isActive: true, roles: [role.id], ...extra });
}
