import { Box, Flex } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { InterfaceText, LoadState, useContentLocale } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import { useLinkerPermissions } from '../hooks/useLinkerPermissions';
import { LinkerSettingsProvider, useLinkerSettings, useSettings } from '../hooks/useLinkerSettings';
import { useIncidentArticles } from '../hooks/useLinks';
import { formatDateline } from '../utils/dates';
import { getTranslation } from '../utils/getTranslation';
import { roleMessage } from '../utils/roles';
import { DocumentTitle } from './DocumentTitle';

/** The incident edit view's "Covered by articles" panel: read-only, links are made from the article. */
export const IncidentArticlesPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useContentLocale();
  const { canRead } = useLinkerPermissions();
  // As for articles: no document means a clone, whose original's links are not its own.
  const settings = useLinkerSettings();
  if (!settings || model !== settings.incidentType || !documentId || !document || !canRead) return null;
  return {
    title: formatMessage({ id: getTranslation('incident-panel.title'), defaultMessage: 'Covered by articles' }),
    content: (
      <LinkerSettingsProvider value={settings}>
        <IncidentArticles incidentId={documentId} locale={locale} />
      </LinkerSettingsProvider>
    ),
  };
};

const IncidentArticles = ({ incidentId, locale }: { incidentId: string; locale: string }) => {
  const intl = useIntl();
  const { articleType } = useSettings();
  const articles = useIncidentArticles(incidentId, locale);

  let content;
  if (!articles.data) {
    content = <LoadState remote={articles} />;
  } else if (articles.data.length === 0) {
    content = (
      <InterfaceText>{intl.formatMessage({ id: getTranslation('articles.empty'), defaultMessage: 'No article covers this incident yet.' })}</InterfaceText>
    );
  } else {
    content = (
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {articles.data.map(({ id, role, article }) => (
          <Box tag="li" key={id} data-testid="linked-article" data-article={article?.documentId}>
            {article ? (
              <DocumentTitle uid={articleType} document={article} />
            ) : (
              <InterfaceText>{intl.formatMessage({ id: getTranslation('deleted-article'), defaultMessage: '(deleted article)' })}</InterfaceText>
            )}
            <InterfaceText data-testid="link-role">
              {[intl.formatMessage(roleMessage(role)), article?.dateline && formatDateline(intl, article.dateline)].filter(Boolean).join(' · ')}
            </InterfaceText>
          </Box>
        ))}
      </Flex>
    );
  }

  return (
    <Box width="100%" dir={directionOf(locale)} data-testid="incident-linker-incident-panel">
      {content}
    </Box>
  );
};
