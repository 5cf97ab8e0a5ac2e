import type { Core } from '@strapi/strapi';
import type { LinkerSettings } from '../../../shared/contracts';
import { linkerConfig } from '../config';
import { getService } from '../utils';
import { validateLinkChanges, validateLinkId, validateLinkInput, validateLocaleQuery, validateSearchQuery } from './validation';

/** The admin panel's API: thin handlers over the links and suggestions services. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** What the panels need of the app's choices: which types they appear on, and the link roles. */
  async settings(ctx: any) {
    const { articleType, incidentType, linkRoles, defaultLinkRole } = linkerConfig(strapi);
    const settings: LinkerSettings = { articleType, incidentType, linkRoles, defaultLinkRole };
    ctx.body = { data: settings };
  },

  async incidentsOfArticle(ctx: any) {
    const { locale } = await validateLocaleQuery(ctx.query);
    ctx.body = { data: await getService('links').incidentsOfArticle(ctx.params.documentId, locale) };
  },

  async articlesOfIncident(ctx: any) {
    const { locale } = await validateLocaleQuery(ctx.query);
    ctx.body = { data: await getService('links').articlesOfIncident(ctx.params.documentId, locale) };
  },

  async suggestions(ctx: any) {
    const { locale } = await validateLocaleQuery(ctx.query);
    ctx.body = { data: await getService('suggestions').forArticle(ctx.params.documentId, locale) };
  },

  async searchIncidents(ctx: any) {
    const { locale, q } = await validateSearchQuery(ctx.query);
    ctx.body = { data: await getService('search').incidents(q, locale) };
  },

  async create(ctx: any) {
    const input = await validateLinkInput(ctx.request.body ?? {});
    const { link, created } = await getService('links').link(input, ctx.state.user?.id);
    ctx.status = created ? 201 : 200;
    ctx.body = { data: link };
  },

  async update(ctx: any) {
    const { id } = await validateLinkId(ctx.params);
    const changes = await validateLinkChanges(ctx.request.body ?? {});
    ctx.body = { data: await getService('links').update(id, changes, ctx.state.user?.id) };
  },

  async delete(ctx: any) {
    const { id } = await validateLinkId(ctx.params);
    ctx.body = { data: await getService('links').unlink(id) };
  },
});
