import type { Core } from '@strapi/strapi';

type Attribute = Record<string, any>;

/** Shared = one value for every locale of a document. Relations are always stored per locale by Strapi. */
export const isShared = (attribute: Attribute): boolean => attribute?.pluginOptions?.i18n?.localized === false;

export const isLocalized = (attribute: Attribute): boolean => attribute?.pluginOptions?.i18n?.localized === true;

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean =>
  strapi.getModel(uid as any)?.options?.draftAndPublish === true;

/** Row filter for the editable version of a document: the draft, or the only row where there are no drafts. */
export const editableVersion = (strapi: Core.Strapi, uid: string) =>
  hasDraftAndPublish(strapi, uid) ? { publishedAt: null } : {};

export const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, Attribute> =>
  (strapi.getModel(uid as any)?.attributes ?? {}) as Record<string, Attribute>;
