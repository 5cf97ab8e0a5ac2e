import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::incident-type.incident-type');
