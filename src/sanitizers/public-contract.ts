import type { Core } from '@strapi/strapi';
import { PUBLIC_MODELS } from '../public-api/contract';
import { publicView } from '../public-api/public-view';
import { contractSettings } from '../public-api/settings';

/**
 * A content-API output sanitizer: every response of a content type the public contract describes
 * shows what the contract lets the public read, and nothing else, wherever the data came from.
 * Content types outside the contract (users-permissions' users, with a token) are left to Strapi.
 */
export const publicContractSanitizer = (strapi: Core.Strapi) => {
  const settings = contractSettings(strapi);
  return (schema: { uid: string }) => async (data: unknown) =>
    data === null || data === undefined || !PUBLIC_MODELS[schema.uid] ? data : publicView(data, schema.uid, settings);
};
