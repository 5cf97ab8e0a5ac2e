import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { isFetchError } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { LoadState, useContentLocale } from '@syria-cms/strapi-admin-helpers';
import { useSourceText } from '../../hooks/useSourceText';
import { useWorkflowSettings } from '../../hooks/useWorkflowSettings';
import { getTranslation } from '../../utils/getTranslation';
import { SourceTextDesk } from './SourceTextDesk';

/** A person who may not read the source's language or entry is shown no panel rather than an error. */
const isForbidden = (error: unknown) => isFetchError(error) && error.status === 403;

/**
 * The translator's desk: in the edit view of a translation, the text it is made from, field by
 * field, with a copy into the form for each. Hidden on the original itself (while it is up to date),
 * on types that are not translated, and on a clone being created (a document id without a
 * document), which has no translation yet. Nothing shows until the server has answered: a panel
 * that appeared and vanished on every original would be noise.
 */
export const SourceTextPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage, formatDisplayName } = useIntl();
  const locale = useContentLocale();
  const settings = useWorkflowSettings();
  const translated = Boolean(settings?.types.some((type) => type.uid === model) && documentId && document);
  const { text, error, remote } = useSourceText(translated ? { uid: model, documentId: documentId!, locale } : null, document?.updatedAt);

  if (!translated || text === null) return null;
  if (text === undefined && (!error || isForbidden(error))) return null;
  const language = text ? (formatDisplayName(text.sourceLocale, { type: 'language' }) ?? text.sourceLocale) : '';
  return {
    title: text
      ? formatMessage({ id: getTranslation('desk.title'), defaultMessage: 'Source text ({language})' }, { language })
      : formatMessage({ id: getTranslation('desk.title.unknown'), defaultMessage: 'Source text' }),
    content: text ? <SourceTextDesk uid={model} text={text} creating={!document?.id} /> : <LoadState remote={remote} />,
  };
};
