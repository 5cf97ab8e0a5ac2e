import type { FetchClient } from '@strapi/strapi/admin';
import { pluginRoute, queryString } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID } from '../../shared/constants';
import type { IncidentSummary, LinkedArticle, LinkedIncident, LinkRole, Suggestion } from '../../shared/contracts';

const path = (...parts: string[]) => pluginRoute(PLUGIN_ID, ...parts);

/** The plugin's admin routes (server/src/routes/admin.ts), unwrapped from their `{ data }` envelope. */
export const incidentLinkerApi = ({ get, post, put, del }: FetchClient) => ({
  async incidentsOfArticle(article: string, locale: string) {
    const { data } = await get<{ data: LinkedIncident[] }>(path('articles', article, 'links'), { params: { locale } });
    return data.data;
  },

  async suggestions(article: string, locale: string) {
    const { data } = await get<{ data: { suggestions: Suggestion[] } }>(path('articles', article, 'suggestions'), { params: { locale } });
    return data.data.suggestions;
  },

  async articlesOfIncident(incident: string, locale: string) {
    const { data } = await get<{ data: LinkedArticle[] }>(path('incidents', incident, 'links'), { params: { locale } });
    return data.data;
  },

  async searchIncidents(q: string, locale: string) {
    const { data } = await get<{ data: IncidentSummary[] }>(path('incidents', 'search'), { params: queryString({ q, locale }) });
    return data.data;
  },

  async link(article: string, incident: string, role: LinkRole) {
    await post(path('links'), { article, incident, role });
  },

  async setRole(linkId: number, role: LinkRole) {
    await put(path('links', String(linkId)), { role });
  },

  async unlink(linkId: number) {
    await del(path('links', String(linkId)));
  },
});
