import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::target-type.target-type');
