import type { Core } from '@strapi/strapi';
import { attributesOf } from './attributes';

type Attribute = Record<string, any>;

/** Kept by Strapi: not what a person changed, and not read for a write's rules. */
export const STRAPI_COLUMNS = new Set(['id', 'documentId', 'locale', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'localizations']);
/** How a related document is named (in a history, a refusal): the first of these fields its type has. */
const LABEL_FIELDS = ['title', 'name', 'label', 'key', 'email'];
const FILE = 'plugin::upload.file';

export const labelFieldOf = (strapi: Core.Strapi, uid: string): string | undefined => LABEL_FIELDS.find((field) => field in attributesOf(strapi, uid));

/**
 * What to read with a document's rows so that every field is whole: components (and theirs, two
 * levels down), related documents as documentId and label, files as id, name and where they are.
 */
export function fullPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populateOf = (attributes: Record<string, Attribute>, depth: number): Record<string, unknown> => {
    const populate: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(attributes)) {
      if (STRAPI_COLUMNS.has(name)) continue;
      if (attribute.type === 'media') populate[name] = { select: ['id', 'name', 'url', 'provider'] };
      else if (attribute.type === 'relation' && attribute.target && attribute.target !== FILE) {
        const label = labelFieldOf(strapi, attribute.target);
        populate[name] = { select: ['documentId', ...(label ? [label] : [])] };
      } else if (attribute.type === 'component' && depth < 2) {
        const nested = populateOf(componentAttributes(strapi, attribute.component), depth + 1);
        populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
      }
    }
    return populate;
  };
  return populateOf(attributesOf(strapi, uid), 0);
}

export const componentAttributes = (strapi: Core.Strapi, component: string): Record<string, Attribute> =>
  (strapi.components[component as keyof typeof strapi.components]?.attributes ?? {}) as Record<string, Attribute>;
