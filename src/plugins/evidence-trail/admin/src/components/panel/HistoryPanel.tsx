import * as React from 'react';
import { Box, Flex } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { InterfaceText, LoadState, useContentLocale } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import { useEditViewRefetch } from '../../hooks/useEditViewRefetch';
import { useHistory } from '../../hooks/useHistory';
import { useTrailSettings } from '../../hooks/useTrailSettings';
import { getTranslation } from '../../utils/getTranslation';
import { EntryList } from './EntryList';
import { ExportButton } from './ExportButton';

/**
 * The edit view's "History" panel, for every type the trail records. A document id without a
 * document is a clone being created from another entry: the original's history is not the
 * clone's, so nothing is shown.
 */
export const HistoryPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useContentLocale();
  const settings = useTrailSettings();
  if (!settings?.types.includes(model) || !documentId || !document) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'History' }),
    content: <History uid={model} documentId={documentId} locale={locale} revision={document.updatedAt} />,
  };
};

interface Props {
  uid: string;
  documentId: string;
  locale: string;
  revision: string | undefined;
}

/** Laid out in the entry's direction, like the form beside it and the other panels. */
const History = ({ uid, documentId, locale, revision }: Props) => {
  const { formatMessage } = useIntl();
  const { history, showMore } = useHistory(uid, documentId, revision);
  const refetchDocument = useEditViewRefetch(uid, documentId);
  // The restore is a new entry of the history, and new values for the form beside it.
  const onRestored = React.useCallback(async () => {
    await Promise.all([history.reload(), refetchDocument()]);
  }, [history.reload, refetchDocument]);
  const entries = history.data?.entries;

  return (
    <Box width="100%" dir={directionOf(locale)} data-testid="evidence-trail-history-panel">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {entries ? (
          entries.length > 0 ? (
            <EntryList
              uid={uid}
              documentId={documentId}
              entries={entries}
              hasMore={entries.length < history.data!.total}
              loading={history.isLoading}
              onShowMore={showMore}
              onRestored={onRestored}
            />
          ) : (
            <InterfaceText>{formatMessage({ id: getTranslation('history.empty'), defaultMessage: 'No change recorded yet.' })}</InterfaceText>
          )
        ) : (
          <LoadState remote={history} />
        )}
        <Box>
          <ExportButton uid={uid} documentId={documentId} />
        </Box>
      </Flex>
    </Box>
  );
};
