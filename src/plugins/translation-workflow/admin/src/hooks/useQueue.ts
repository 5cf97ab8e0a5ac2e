import * as React from 'react';
import { useRemoteData } from '@syria-cms/strapi-admin-helpers';
import type { QueueParams } from '../../../shared/contracts';
import { useTranslationWorkflowApi } from './useTranslationWorkflowApi';

/** The page of the queue the filters ask for, read again whenever they change. */
export function useQueue(params: QueueParams) {
  const api = useTranslationWorkflowApi();
  return useRemoteData(React.useCallback(() => api.queue(params), [api, params]));
}
