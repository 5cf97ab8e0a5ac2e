import { Box, Flex } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { LoadState, useContentLocale, useFieldLabels } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import { useWorkflowSettings } from '../../hooks/useWorkflowSettings';
import { useTranslationStatus } from '../../hooks/useTranslationStatus';
import { getTranslation } from '../../utils/getTranslation';
import { LocaleStatusItem } from './LocaleStatusItem';

/**
 * The edit view's "Translation" panel, for every translated content type. A document id without
 * a document is a clone being created from another entry: the original's statuses are not the
 * clone's, so nothing is shown.
 */
export const TranslationStatusPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const locale = useContentLocale();
  const settings = useWorkflowSettings();
  if (!settings?.types.some((type) => type.uid === model) || !documentId || !document) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Translation' }),
    content: <TranslationStatus uid={model} documentId={documentId} locale={locale} revision={document.updatedAt} />,
  };
};

interface Props {
  uid: string;
  documentId: string;
  locale: string;
  revision: string | undefined;
}

/** Laid out in the entry's direction, like the form beside it. */
const TranslationStatus = ({ uid, documentId, locale, revision }: Props) => {
  const { statuses, confirming, stillCorrect } = useTranslationStatus(uid, documentId, revision);
  const { labelOf } = useFieldLabels(uid);
  return (
    <Box width="100%" dir={directionOf(locale)} data-testid="translation-status-panel">
      {statuses.data ? (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={4}>
          {statuses.data.map((row) => (
            <LocaleStatusItem
              key={row.locale}
              uid={uid}
              row={row}
              isCurrent={row.locale === locale}
              busy={confirming === row.locale}
              onStillCorrect={() => stillCorrect(row.locale)}
              labelOf={labelOf}
            />
          ))}
        </Flex>
      ) : (
        <LoadState remote={statuses} />
      )}
    </Box>
  );
};
