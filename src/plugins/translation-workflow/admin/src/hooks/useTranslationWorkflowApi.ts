import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { translationWorkflowApi } from '../api';

/** The API bound to the admin session; its requests are aborted when the calling component unmounts. */
export function useTranslationWorkflowApi() {
  const client = useFetchClient();
  return React.useMemo(() => translationWorkflowApi(client), [client]);
}
