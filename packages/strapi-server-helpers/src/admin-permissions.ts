import type { Core } from '@strapi/strapi';

/** Plugin permission actions and the admin roles (by code) that hold them. */
export type Grants = { roles: string[]; actions: string[] }[];

/**
 * Registers a plugin's admin actions and gives them to the configured roles, idempotently, now and
 * whenever such a role is created later (the app creates its Translator role after plugins start).
 */
export async function grantPluginActions(
  strapi: Core.Strapi,
  pluginName: string,
  actions: { uid: string; displayName: string }[],
  grants: Grants
) {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(actions.map(({ uid, displayName }) => ({ section: 'plugins', pluginName, uid, displayName })));
  for (const { roles, actions: held } of grants) await grant(strapi, roles, held);

  strapi.db.lifecycles.subscribe({
    models: ['admin::role'],
    async afterCreate(event: any) {
      for (const { roles, actions: held } of grants) {
        if (roles.includes(event.result?.code)) await grant(strapi, [event.result.code], held);
      }
    },
  });
}

async function grant(strapi: Core.Strapi, roleCodes: string[], actions: string[]) {
  const permissions = strapi.service('admin::permission');
  for (const code of roleCodes) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue; // roles are the app's; a missing one is configuration, not an error here
    const held = await permissions.findMany({ where: { role: { id: role.id }, action: { $in: actions } } });
    const missing = actions.filter((action) => !held.some((p: any) => p.action === action));
    if (missing.length > 0) {
      await strapi.service('admin::role').addPermissions(role.id, missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));
    }
  }
}

/**
 * Whether an admin may read a content type's entries in the Content Manager: those of a locale, or
 * (without one) whatever their locale; with `field`, that field of them. Checked against an entry
 * holding nothing but its locale, so that a rule asking anything more (whose entry it is, say) does
 * not pass: deny by default, for listings of many entries that do not check each one.
 */
export function canReadEntries(strapi: Core.Strapi, ability: unknown, uid: string, { locale, field }: { locale?: string | null; field?: string } = {}): boolean {
  if (!ability) return false;
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: uid });
  return checker.can.read(locale ? { locale } : {}, field) === true;
}
