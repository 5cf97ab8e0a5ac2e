import * as React from 'react';
import { useAPIErrorHandler, useNotification, type FetchError } from '@strapi/strapi/admin';
import { useRemoteData } from '@syria-cms/strapi-admin-helpers';
import type { LinkRole } from '../../../shared/contracts';
import { useIncidentLinkerApi } from './useIncidentLinkerApi';

const NO_SUGGESTIONS = () => Promise.resolve([]);

/**
 * An article's linked incidents and, for someone who may link, the suggested ones, with the
 * changes a person can make. After every change, failed or not, both lists are read again: they
 * show what the server holds, not what the panel hoped to do.
 */
export function useArticleLinks(articleId: string, locale: string, canManage: boolean, defaultRole: LinkRole) {
  const api = useIncidentLinkerApi();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [isChanging, setIsChanging] = React.useState(false);

  const links = useRemoteData(React.useCallback(() => api.incidentsOfArticle(articleId, locale), [api, articleId, locale]));
  const suggestions = useRemoteData(
    React.useCallback(() => (canManage ? api.suggestions(articleId, locale) : NO_SUGGESTIONS()), [api, articleId, locale, canManage])
  );

  const change = React.useCallback(
    async (request: () => Promise<void>) => {
      setIsChanging(true);
      try {
        await request();
      } catch (error) {
        toggleNotification({ type: 'danger', message: formatAPIError(error as FetchError) });
      } finally {
        await Promise.all([links.reload(), suggestions.reload()]);
        setIsChanging(false);
      }
    },
    [links.reload, suggestions.reload, toggleNotification, formatAPIError]
  );

  return {
    links,
    suggestions,
    isChanging,
    link: (incidentId: string) => change(() => api.link(articleId, incidentId, defaultRole)),
    setRole: (linkId: number, role: LinkRole) => change(() => api.setRole(linkId, role)),
    unlink: (linkId: number) => change(() => api.unlink(linkId)),
  };
}

/** The articles that cover an incident. */
export function useIncidentArticles(incidentId: string, locale: string) {
  const api = useIncidentLinkerApi();
  return useRemoteData(React.useCallback(() => api.articlesOfIncident(incidentId, locale), [api, incidentId, locale]));
}
