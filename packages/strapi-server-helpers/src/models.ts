import type { Core, UID } from '@strapi/strapi';

/**
 * Strapi types a content type's uid as a union of the app's generated uids, while plugins, helpers
 * and the app's generic steps name types by string (from their config, or a write's context). This
 * is the one place that string becomes Strapi's uid type; a uid no type has finds no model.
 */
const asUid = (uid: string) => uid as UID.ContentType;

export const modelOf = (strapi: Core.Strapi, uid: string) => strapi.getModel(asUid(uid));

export const queryOf = (strapi: Core.Strapi, uid: string) => strapi.db.query(asUid(uid));

export const documentsOf = (strapi: Core.Strapi, uid: string) => strapi.documents(asUid(uid));

export const metadataOf = (strapi: Core.Strapi, uid: string) => strapi.db.metadata.get(asUid(uid));
