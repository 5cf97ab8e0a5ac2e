import type { Core } from '@strapi/strapi';
import { traverseEntity } from '@strapi/utils';
import { redactSource } from '../lib/confidential';
import { SOURCE } from '../uids';

/**
 * A content-API output sanitizer: wherever a source appears in a response (listed, fetched, or
 * populated from an incident or an article, at any depth), a confidential one is reduced to what
 * the public may know of it.
 */
export const confidentialSourcesSanitizer = (strapi: Core.Strapi) => (schema: any) => async (data: any): Promise<any> => {
  if (data === null || data === undefined) return data;
  const getModel = (uid: string) => strapi.getModel(uid as any) as any;

  const redactNested = (value: any) =>
    traverseEntity(
      ({ key, value: nested, attribute }: any, { set }: any) => {
        if (attribute?.type === 'relation' && attribute.target === SOURCE && nested) {
          set(key, Array.isArray(nested) ? nested.map(redactSource) : redactSource(nested));
        }
      },
      { schema, getModel },
      value
    );

  const redactEntity = async (entity: any) => {
    const redacted = await redactNested(entity);
    return schema.uid === SOURCE ? redactSource(redacted) : redacted;
  };
  return Array.isArray(data) ? Promise.all(data.map(redactEntity)) : redactEntity(data);
};
