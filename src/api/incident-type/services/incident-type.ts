import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::incident-type.incident-type');
