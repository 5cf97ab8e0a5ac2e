import { serviceGetter } from '../../../../server-shared/services';
import { PLUGIN_ID } from '../../shared/constants';
import type services from './services';

export const getService = serviceGetter<typeof services>(PLUGIN_ID);
