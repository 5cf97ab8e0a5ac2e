import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { useRemoteData } from '../../../../../admin-shared/useRemoteData';

interface Locale {
  code: string;
}

/** The content locales configured in the i18n plugin (any admin may list them). */
export function useLocaleCodes() {
  const { get } = useFetchClient();
  return useRemoteData(
    React.useCallback(async () => {
      const { data } = await get<Locale[]>('/i18n/locales');
      return data.map((locale) => locale.code);
    }, [get])
  );
}
