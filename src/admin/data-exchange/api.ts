import * as React from 'react';
import { useFetchClient, type FetchClient } from '@strapi/strapi/admin';
import type { ExportRequest, Import, ImportRequest, Mapping } from './contract';

const BASE = '/admin/data-exchange';

/** The data-exchange admin routes, with the admin's token (Strapi's fetch client). */
export const dataExchangeApi = ({ get, post }: FetchClient) => ({
  async mappings() {
    const { data } = await get<{ data: Mapping[] }>(`${BASE}/mappings`);
    return data.data;
  },

  /** Uploads a file and runs the dry run: nothing is written. */
  async preview({ file, mapping, encoding, delimiter }: ImportRequest) {
    const form = new FormData();
    form.append('file', file);
    form.append('mapping', mapping);
    form.append('encoding', encoding);
    form.append('delimiter', delimiter);
    const { data } = await post<{ data: Import }>(`${BASE}/imports`, form);
    return data.data;
  },

  async get(id: Import['id']) {
    const { data } = await get<{ data: Import }>(`${BASE}/imports/${encodeURIComponent(String(id))}`);
    return data.data;
  },

  /** Starts writing a previewed import; its progress is read with `get`. */
  async commit(id: Import['id']) {
    const { data } = await post<{ data: Import }>(`${BASE}/imports/${encodeURIComponent(String(id))}/commit`);
    return data.data;
  },

  /** An export as a file: its content and the name the server gives it. */
  async download(request: ExportRequest) {
    const query = new URLSearchParams({ ...request }).toString();
    const response = await get<Blob>(`${BASE}/exports?${query}`, { responseType: 'blob' });
    const disposition = (response as { headers?: Headers }).headers?.get('content-disposition') ?? '';
    const named = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
    const fileName = named ? decodeURIComponent(named[1] ?? named[2]) : `${request.type}.${request.format}`;
    return { blob: response.data, fileName };
  },
});

export type DataExchangeApi = ReturnType<typeof dataExchangeApi>;

export function useDataExchangeApi(): DataExchangeApi {
  const client = useFetchClient();
  return React.useMemo(() => dataExchangeApi(client), [client]);
}

/** The message of a failed request: Strapi's `error.message`, when it sent one. */
export function errorMessage(error: unknown): string | undefined {
  const data = (error as { response?: { data?: { error?: { message?: string } } } })?.response?.data;
  return data?.error?.message ?? (error instanceof Error && error.message !== 'Server Error' ? error.message : undefined);
}
