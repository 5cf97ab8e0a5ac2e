import type { Core } from '@strapi/strapi';
import type { IncidentLinkerConfig } from './config';
import { ACTIONS, LINK, PLUGIN_ID } from './constants';

/** Idempotent: the pair index, the permission actions, and the roles configured to hold them. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensurePairIndex(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany(
    Object.values(ACTIONS).map(({ uid, displayName }) => ({ section: 'plugins', pluginName: PLUGIN_ID, uid, displayName }))
  );
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as IncidentLinkerConfig;
  const grants: [string[], string[]][] = [
    [config.managerRoles, [ACTIONS.read.action, ACTIONS.manage.action]],
    [config.readerRoles, [ACTIONS.read.action]],
  ];
  for (const [roles, actions] of grants) await grant(strapi, roles, actions);

  // Roles created later (the app creates its Translator role after plugins start) get theirs at once.
  strapi.db.lifecycles.subscribe({
    models: ['admin::role'],
    async afterCreate(event: any) {
      for (const [roles, actions] of grants) {
        if (roles.includes(event.result?.code)) await grant(strapi, [event.result.code], actions);
      }
    },
  });
};

/**
 * One link per article-incident pair, decided by the database: concurrent requests cannot both
 * insert. Strapi's schema has no composite unique constraint, so it is added here.
 */
async function ensurePairIndex(strapi: Core.Strapi) {
  const { tableName, attributes } = strapi.db.metadata.get(LINK) as any;
  const column = (name: string) => attributes[name].columnName ?? name.replace(/[A-Z]/g, (c: string) => `_${c.toLowerCase()}`);
  const knex = strapi.db.connection;
  await knex.raw(
    `CREATE UNIQUE INDEX IF NOT EXISTS ${tableName}_pair_unique ON ${tableName} (${column('articleDocumentId')}, ${column('incidentDocumentId')})`
  );
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${tableName}_incident_idx ON ${tableName} (${column('incidentDocumentId')})`);
}

async function grant(strapi: Core.Strapi, roleCodes: string[], actions: string[]) {
  const permissions = strapi.service('admin::permission');
  for (const code of roleCodes) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue; // roles are created by the app; a missing one is configuration, not an error here
    const held = await permissions.findMany({ where: { role: { id: role.id }, action: { $in: actions } } });
    const missing = actions.filter((action) => !held.some((p: any) => p.action === action));
    if (missing.length > 0) {
      await strapi.service('admin::role').addPermissions(role.id, missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));
    }
  }
}
