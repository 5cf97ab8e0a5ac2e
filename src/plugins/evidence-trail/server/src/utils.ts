import { serviceGetter } from '@syria-cms/strapi-server-helpers';
import { PLUGIN_ID } from '../../shared/constants';
import type services from './services';

export const getService = serviceGetter<typeof services>(PLUGIN_ID);
