import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::target-type.target-type');
