import type { Core } from '@strapi/strapi';
import { attributesOf, hasDraftAndPublish, isLocalized } from '../schema';
import { CONTENT_TYPES } from '../uids';
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
 * Editors do everything with our content in every locale. Translators read everything, and create
 * and update only the localized fields of entries in their own locales; they cannot delete, publish
 * or change shared fields (which would change every language at once).
 */
export async function ensureAdminRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  const settings = translationSettings(strapi);
  const allLocales = settings.locales.map((locale) => locale.code);

  const editor =
    (await roles.findOne({ code: EDITOR_ROLE_CODE })) ??
    (await roles.create({ name: 'Editor', code: EDITOR_ROLE_CODE, description: 'Editors write, translate and publish all content.' }));
  await replaceContentPermissions(strapi, editor.id, editorPermissions(strapi, allLocales));

  for (const setting of settings.translatorRoles) {
    const role =
      (await roles.findOne({ code: setting.code })) ??
      (await roles.create({ name: setting.name, code: setting.code, description: setting.description }));
    await replaceContentPermissions(strapi, role.id, translatorPermissions(strapi, allLocales, setting.locales));
  }
}

function editorPermissions(strapi: Core.Strapi, locales: string[]): Permission[] {
  return CONTENT_TYPES.flatMap((subject) => [
    { action: `${CM}.create`, subject, properties: { fields: fieldsOf(strapi, subject), locales } },
    { action: `${CM}.read`, subject, properties: { fields: fieldsOf(strapi, subject), locales } },
    { action: `${CM}.update`, subject, properties: { fields: fieldsOf(strapi, subject), locales } },
    { action: `${CM}.delete`, subject, properties: { locales } },
    ...(hasDraftAndPublish(strapi, subject) ? [{ action: `${CM}.publish`, subject, properties: { locales } }] : []),
  ]);
}

function translatorPermissions(strapi: Core.Strapi, allLocales: string[], ownLocales: string[]): Permission[] {
  return CONTENT_TYPES.flatMap((subject) => [
    { action: `${CM}.read`, subject, properties: { fields: fieldsOf(strapi, subject), locales: allLocales } },
    { action: `${CM}.create`, subject, properties: { fields: localizedFieldsOf(strapi, subject), locales: ownLocales } },
    { action: `${CM}.update`, subject, properties: { fields: localizedFieldsOf(strapi, subject), locales: ownLocales } },
  ]);
}

/** Replaces a role's permissions on our content types and media, leaving any others it has alone. */
async function replaceContentPermissions(strapi: Core.Strapi, roleId: number, wanted: Permission[]) {
  const ours = new Set<string>(CONTENT_TYPES);
  const existing: Permission[] = await strapi.service('admin::permission').findMany({ where: { role: { id: roleId } } });
  const kept = existing
    .filter((permission) => !(permission.subject && ours.has(permission.subject)) && !MEDIA_PERMISSIONS.includes(permission.action))
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
