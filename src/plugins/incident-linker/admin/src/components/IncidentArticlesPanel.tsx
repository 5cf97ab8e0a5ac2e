import { Box, Flex } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { InterfaceText } from '../../../../../admin-shared/InterfaceText';
import { LoadState } from '../../../../../admin-shared/LoadState';
import { directionOf } from '../../../../../admin-shared/direction';
import { useContentLocale } from '../../../../../admin-shared/useContentLocale';
import { ARTICLE, INCIDENT } from '../../../../../uids';
import { useLinkerPermissions } from '../hooks/useLinkerPermissions';
import { useIncidentArticles } from '../hooks/useLinks';
import { formatDateline } from '../utils/dates';
import { getTranslation } from '../utils/getTranslation';
import { ROLE_MESSAGES } from '../utils/roles';
import { DocumentTitle } from './DocumentTitle';

/** The incident edit view's "Covered by articles" panel: read-only, links are made from the article. */
export const IncidentArticlesPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useContentLocale();
  const { canRead } = useLinkerPermissions();
  // As for articles: no document means a clone, whose original's links are not its own.
  if (model !== INCIDENT || !documentId || !document || !canRead) return null;
  return {
    title: formatMessage({ id: getTranslation('incident-panel.title'), defaultMessage: 'Covered by articles' }),
    content: <IncidentArticles incidentId={documentId} locale={locale} />,
  };
};

const IncidentArticles = ({ incidentId, locale }: { incidentId: string; locale: string }) => {
  const intl = useIntl();
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
              <DocumentTitle uid={ARTICLE} document={article} />
            ) : (
              <InterfaceText>{intl.formatMessage({ id: getTranslation('deleted-article'), defaultMessage: '(deleted article)' })}</InterfaceText>
            )}
            <InterfaceText data-testid="link-role">
              {[intl.formatMessage(ROLE_MESSAGES[role]), article?.dateline && formatDateline(intl, article.dateline)].filter(Boolean).join(' · ')}
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
