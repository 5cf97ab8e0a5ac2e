import type { Core } from '@strapi/strapi';
import { isLocalized } from '@syria-cms/bilingual-text';
import { attributesOf, hasDraftAndPublish } from '@syria-cms/strapi-server-helpers';
import { CONTENT_TYPES } from '../uids';
import { roleGrants, type Grant, type WriteAction } from '../authority/model';
import { DATA_EXCHANGE_ACTION } from './data-exchange-permission';
import { translationSettings } from './settings';

const CM = 'plugin::content-manager.explorer';
const EDITOR_ROLE_CODE = 'strapi-editor';

/** Media library access both roles need to see and attach images and archived copies. */
const MEDIA_PERMISSIONS = ['plugin::upload.read', 'plugin::upload.assets.create', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link'];

interface Permission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}

/**
 * The Content Manager's permissions of the Editor and translator roles, derived from the authority
 * model (src/authority/model.ts) so that the panel offers what the server will accept. The model
 * is what is enforced; these only shape the interface (which buttons and fields are editable).
 */
export async function ensureAdminRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  const settings = translationSettings(strapi);
  const grants = roleGrants(settings);
  const allLocales = settings.locales.map((locale) => locale.code);
  const wanted = [
    { code: EDITOR_ROLE_CODE, name: 'Editor', description: 'Editors write, translate and publish all content.' },
    ...settings.translatorRoles,
  ];
  for (const setting of wanted) {
    const role = (await roles.findOne({ code: setting.code })) ?? (await roles.create({ name: setting.name, code: setting.code, description: setting.description }));
    const importing = setting.code === EDITOR_ROLE_CODE ? [{ action: DATA_EXCHANGE_ACTION, subject: null, properties: {} }] : [];
    await replaceContentPermissions(strapi, role.id, [...contentManagerPermissions(strapi, grants[setting.code] ?? [], allLocales), ...importing]);
  }
}

/** Everyone with a role reads everything; what they may write is what their grants say. */
function contentManagerPermissions(strapi: Core.Strapi, grants: readonly Grant[], allLocales: string[]): Permission[] {
  return CONTENT_TYPES.flatMap((subject) => [
    { action: `${CM}.read`, subject, properties: { fields: fieldsOf(strapi, subject), locales: allLocales } },
    ...grants.flatMap((grant) => {
      const locales = grant.locales === 'every' ? allLocales : [...grant.locales];
      const fields = grant.fields === 'every' ? fieldsOf(strapi, subject) : localizedFieldsOf(strapi, subject);
      return CM_ACTIONS.filter(({ from }) => grant.actions.includes(from))
        .filter(({ action }) => action !== 'publish' || hasDraftAndPublish(strapi, subject))
        .map(({ action, withFields }) => ({ action: `${CM}.${action}`, subject, properties: withFields ? { fields, locales } : { locales } }));
    }),
  ]);
}

/** The model's actions the Content Manager has a permission for (it checks clone as create, unpublish as publish). */
const CM_ACTIONS: { from: WriteAction; action: string; withFields: boolean }[] = [
  { from: 'create', action: 'create', withFields: true },
  { from: 'update', action: 'update', withFields: true },
  { from: 'delete', action: 'delete', withFields: false },
  { from: 'publish', action: 'publish', withFields: false },
];

/** Replaces a role's permissions on our content types and media, leaving any others it has alone. */
async function replaceContentPermissions(strapi: Core.Strapi, roleId: number, wanted: Permission[]) {
  const ours = new Set<string>(CONTENT_TYPES);
  const existing: Permission[] = await strapi.service('admin::permission').findMany({ where: { role: { id: roleId } } });
  const kept = existing
    .filter((permission) => !(permission.subject && ours.has(permission.subject)) && !MEDIA_PERMISSIONS.includes(permission.action) && permission.action !== DATA_EXCHANGE_ACTION)
    .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
  const media = MEDIA_PERMISSIONS.map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
  await strapi.service('admin::role').assignPermissions(roleId, [...kept, ...media, ...wanted.map(withDefaults)]);
}

const withDefaults = (permission: Permission): Permission => ({ conditions: [], ...permission });

const fieldsOf = (strapi: Core.Strapi, uid: string): string[] =>
  strapi.service('admin::content-type').getNestedFields(strapi.contentTypes[uid as keyof typeof strapi.contentTypes], {
    components: strapi.components,
  });

/** Fields a translator may write: the localized ones. Relations are shared in our model. */
const localizedFieldsOf = (strapi: Core.Strapi, uid: string): string[] => {
  const attributes = attributesOf(strapi, uid);
  return fieldsOf(strapi, uid).filter((field) => isLocalized(attributes[field.split('.')[0]]));
};
