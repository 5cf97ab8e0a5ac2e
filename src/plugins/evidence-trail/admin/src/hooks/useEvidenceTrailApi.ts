import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { evidenceTrailApi } from '../api';

/** The API bound to the admin session; its requests are aborted when the calling component unmounts. */
export function useEvidenceTrailApi() {
  const client = useFetchClient();
  return React.useMemo(() => evidenceTrailApi(client), [client]);
}
