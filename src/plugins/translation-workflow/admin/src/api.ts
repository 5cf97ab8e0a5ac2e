import type { FetchClient } from '@strapi/strapi/admin';
import { pluginRoute, queryString } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID } from '../../shared/constants';
import type { LocaleStatusRow, QueuePage, QueueParams, SourceText } from '../../shared/contracts';

const path = (...parts: string[]) => pluginRoute(PLUGIN_ID, ...parts);

/** The plugin's admin routes (server/src/routes/index.ts). */
export const translationWorkflowApi = ({ get, post }: FetchClient) => ({
  async queue(params: QueueParams) {
    const { data } = await get<QueuePage>(path('queue'), { params: queryString(params) });
    return data;
  },

  async status(uid: string, documentId: string) {
    const { data } = await get<{ data: LocaleStatusRow[] }>(path('status', uid, documentId));
    return data.data;
  },

  /** What the translation in `locale` is made from; null when that locale is the original, up to date. */
  async sourceText(uid: string, documentId: string, locale: string) {
    const { data } = await get<{ data: SourceText | null }>(path('source', uid, documentId, locale));
    return data.data;
  },

  async stillCorrect(uid: string, documentId: string, locale: string) {
    const { data } = await post<{ data: LocaleStatusRow }>(path('status', uid, documentId, locale, 'still-correct'));
    return data.data;
  },
});
