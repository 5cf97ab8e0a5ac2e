import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { InterfaceText, LoadState, useContentLocale } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import { useLinkerPermissions } from '../hooks/useLinkerPermissions';
import { LinkerSettingsProvider, useLinkerSettings, useSettings } from '../hooks/useLinkerSettings';
import { useArticleLinks } from '../hooks/useLinks';
import { getTranslation } from '../utils/getTranslation';
import { IncidentSearch } from './IncidentSearch';
import { LinkedIncidentList } from './LinkedIncidentList';
import { SuggestionList } from './SuggestionList';

/**
 * The article edit view's "Linked incidents" panel. A document id without a document is a clone
 * being created from another entry: the original's links are not the clone's, so nothing is shown.
 */
export const ArticleLinksPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useContentLocale();
  const { canRead, canManage } = useLinkerPermissions();
  const settings = useLinkerSettings();
  if (!settings || model !== settings.articleType || !documentId || !document || !canRead) return null;
  return {
    title: formatMessage({ id: getTranslation('article-panel.title'), defaultMessage: 'Linked incidents' }),
    content: (
      <LinkerSettingsProvider value={settings}>
        <ArticleLinks articleId={documentId} locale={locale} canManage={canManage} />
      </LinkerSettingsProvider>
    ),
  };
};

interface Props {
  articleId: string;
  locale: string;
  canManage: boolean;
}

/** Someone who may only read sees the links; suggestions and search are for linking, so they are left out. */
const ArticleLinks = ({ articleId, locale, canManage }: Props) => {
  const { formatMessage } = useIntl();
  const { defaultLinkRole } = useSettings();
  const { links, suggestions, isChanging, link, setRole, unlink } = useArticleLinks(articleId, locale, canManage, defaultLinkRole);
  const linkedIds = React.useMemo(
    () => new Set((links.data ?? []).flatMap((linked) => (linked.incident ? [linked.incident.documentId] : []))),
    [links.data]
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={5} width="100%" dir={directionOf(locale)} data-testid="incident-linker-article-panel">
      {links.data ? (
        <LinkedIncidentList links={links.data} canManage={canManage} disabled={isChanging} onRoleChange={setRole} onUnlink={unlink} />
      ) : (
        <LoadState remote={links} />
      )}
      {canManage ? (
        <>
          <Flex direction="column" alignItems="stretch" gap={3} data-testid="incident-linker-suggestions">
            <Typography variant="sigma" textColor="neutral600">
              {formatMessage({ id: getTranslation('suggestions.title'), defaultMessage: 'Suggested' })}
            </Typography>
            {suggestions.data ? (
              <SuggestionList suggestions={suggestions.data} disabled={isChanging} onLink={link} />
            ) : (
              <LoadState remote={suggestions} />
            )}
          </Flex>
          <IncidentSearch locale={locale} linkedIds={linkedIds} disabled={isChanging} onLink={link} />
        </>
      ) : (
        <InterfaceText>{formatMessage({ id: getTranslation('read-only'), defaultMessage: 'You can see these links but not change them.' })}</InterfaceText>
      )}
    </Flex>
  );
};
