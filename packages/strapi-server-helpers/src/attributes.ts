import type { Core } from '@strapi/strapi';
import { modelOf } from './models';

type Attribute = Record<string, any>;

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean =>
  modelOf(strapi, uid)?.options?.draftAndPublish === true;

/** Row filter for the editable version of a document: the draft, or the only row where there are no drafts. */
export const editableVersion = (strapi: Core.Strapi, uid: string) =>
  hasDraftAndPublish(strapi, uid) ? { publishedAt: null } : {};

export const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, Attribute> =>
  (modelOf(strapi, uid)?.attributes ?? {}) as Record<string, Attribute>;
