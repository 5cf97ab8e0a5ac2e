import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../uids';

const PUBLIC_ACTIONS = ['find', 'findOne'];

/**
 * The article page runs the article find, whose sanitizer drops relations the caller may not read;
 * it must run as the Public role (not unauthenticated), so the role is given it explicitly.
 */
const PUBLIC_VIEWS = ['api::article.article-page.bySlug'];

/** Every content-API action the Public role is given: reading our content types, nothing else. */
export const publicActions = (): string[] => [
  ...CONTENT_TYPES.flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`)),
  ...PUBLIC_VIEWS,
];

/**
 * The Public role reads published content and does nothing else. Any other `api::` permission found
 * on it is removed, so that a click in the admin panel cannot open writes to the world unnoticed:
 * the next start closes them again and says so.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions Public role is missing');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted: { id: number; action: string }[] = await permissions.findMany({
    where: { role: role.id },
    select: ['id', 'action'],
  });
  const wanted = new Set(publicActions());
  const have = new Set(granted.map((permission) => permission.action));

  const extra = granted.filter((permission) => permission.action.startsWith('api::') && !wanted.has(permission.action));
  if (extra.length > 0) {
    strapi.log.warn(`Removing public permissions beyond read access: ${extra.map((p) => p.action).join(', ')}`);
    await permissions.deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } });
  }
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}
