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

  /**
   * Writes a previewed import. Asked for as a stream (`application/x-ndjson`), the server sends
   * the progress on this response, a line per batch and the import last (on SQLite the commit
   * holds the only connection, so a second request would wait for its end); a server that answers
   * 202 with the import instead has its progress read with `get`.
   */
  async commit(id: Import['id'], token: string | null, onProgress: (progress: Import['progress']) => void): Promise<Import> {
    const backendURL = (window as unknown as { strapi: { backendURL: string } }).strapi.backendURL;
    const response = await fetch(`${backendURL}${BASE}/imports/${encodeURIComponent(String(id))}/commit`, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/x-ndjson, application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
      throw new Error(body?.error?.message ?? 'Server Error');
    }
    if (!(response.headers.get('content-type') ?? '').includes('ndjson') || !response.body) {
      return ((await response.json()) as { data: Import }).data;
    }
    return readProgressStream(response.body, onProgress);
  },

  /** An export as a file: its content and the name the server gives it. */
  async download(request: ExportRequest) {
    const { type, ...parameters } = request;
    const query = new URLSearchParams({ ...parameters }).toString();
    const response = await get<Blob>(`${BASE}/exports/${encodeURIComponent(type)}?${query}`, { responseType: 'blob' });
    const disposition = (response as { headers?: Headers }).headers?.get('content-disposition') ?? '';
    const named = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
    const fileName = named ? decodeURIComponent(named[1] ?? named[2]) : `${request.type}.${request.format}`;
    return { blob: response.data, fileName };
  },
});

/** Lines of `{ progress }` then `{ data }`: the import as it ends. */
async function readProgressStream(body: ReadableStream<Uint8Array>, onProgress: (progress: Import['progress']) => void): Promise<Import> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split('\n');
    buffered = done ? '' : (lines.pop() ?? '');
    for (const line of lines.filter((text) => text.trim())) {
      const message = JSON.parse(line) as { progress?: Import['progress']; data?: Import };
      if (message.data) return message.data;
      if (message.progress) onProgress(message.progress);
    }
    if (done) throw new Error('The server ended the import without its result');
  }
}

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
