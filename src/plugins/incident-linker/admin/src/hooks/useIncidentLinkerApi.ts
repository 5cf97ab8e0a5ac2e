import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { incidentLinkerApi } from '../api';

/** The API bound to the admin session; its requests are aborted when the calling component unmounts. */
export function useIncidentLinkerApi() {
  const client = useFetchClient();
  return React.useMemo(() => incidentLinkerApi(client), [client]);
}
