import { serviceGetter } from '../../../../server-shared/services';
import { PLUGIN_ID } from './constants';
import type services from './services';

export const getService = serviceGetter<typeof services>(PLUGIN_ID);
