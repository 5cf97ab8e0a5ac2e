import type { Core } from '@strapi/strapi';

type Attribute = Record<string, any>;

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean =>
  strapi.getModel(uid as any)?.options?.draftAndPublish === true;

/** Row filter for the editable version of a document: the draft, or the only row where there are no drafts. */
export const editableVersion = (strapi: Core.Strapi, uid: string) =>
  hasDraftAndPublish(strapi, uid) ? { publishedAt: null } : {};

export const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, Attribute> =>
  (strapi.getModel(uid as any)?.attributes ?? {}) as Record<string, Attribute>;
