import * as React from 'react';
import { useRemoteData } from '@syria-cms/strapi-admin-helpers';
import type { RefusalFilter } from '../api';
import { useEvidenceTrailApi } from './useEvidenceTrailApi';

/** The page of refused writes the filters ask for, newest first, read again whenever they change. */
export function useRefusals(params: RefusalFilter) {
  const api = useEvidenceTrailApi();
  return useRemoteData(React.useCallback(() => api.refusals(params), [api, params]));
}

/** The admin users to filter by, read once per visit of the page. */
export function useAdminUsers() {
  const api = useEvidenceTrailApi();
  return useRemoteData(React.useCallback(() => api.adminUsers(), [api]));
}
