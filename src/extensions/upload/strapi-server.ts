import type { Core } from '@strapi/strapi';
import { guardUploadService } from '../../authority/uploads';

/** Strapi's extension point for its upload plugin: its `upload` service, guarded by the authority model. */
export default (plugin: any) => {
  const createUploadService = plugin.services.upload;
  plugin.services.upload = ({ strapi }: { strapi: Core.Strapi }) => guardUploadService(strapi, createUploadService({ strapi }));
  return plugin;
};
