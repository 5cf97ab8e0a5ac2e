import type { FetchClient } from '@strapi/strapi/admin';
import { pluginRoute, queryString } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID } from '../../shared/constants';
import type { Entry, HistoryExport, LatestChange, Page } from '../../shared/contracts';

const path = (...parts: string[]) => pluginRoute(PLUGIN_ID, ...parts);

/** What the audit page may filter refusals by: an admin's id, and a period (ISO instants). */
export interface RefusalFilter {
  user: string;
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

/** An admin user as the user picker lists them. */
export interface AdminUser {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
}

/** Only the filters that are set: the server refuses an empty `user` or date. */
const setOnly = (params: Record<string, string | number>) => Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ''));

/** The plugin's admin routes (server/src/routes/index.ts), plus the admin users the audit filters by. */
export const evidenceTrailApi = ({ get, post }: FetchClient) => ({
  async latest(limit: number) {
    const { data } = await get<{ data: LatestChange[] }>(path('latest'), { params: queryString({ limit }) });
    return data.data;
  },

  async history(uid: string, documentId: string, page: number, pageSize: number) {
    const { data } = await get<Page<Entry>>(path('history', uid, documentId), { params: queryString({ page, pageSize }) });
    return data;
  },

  async exportHistory(uid: string, documentId: string) {
    const { data } = await get<HistoryExport>(path('history', uid, documentId, 'export'));
    return data;
  },

  async restore(uid: string, documentId: string, seq: number) {
    const { data } = await post<{ data: { restored: unknown; changed: string[] } }>(path('history', uid, documentId, String(seq), 'restore'));
    return data.data;
  },

  async refusals({ user, from, to, page, pageSize }: RefusalFilter) {
    const { data } = await get<Page<Entry>>(path('refusals'), { params: queryString(setOnly({ user, from, to, page, pageSize })) });
    return data;
  },

  /** The admin panel's own route; a hundred people is more than this newsroom's staff. */
  async adminUsers() {
    const { data } = await get<{ data: { results: AdminUser[] } }>('/admin/users', { params: queryString({ pageSize: 100 }) });
    return data.data.results;
  },
});
