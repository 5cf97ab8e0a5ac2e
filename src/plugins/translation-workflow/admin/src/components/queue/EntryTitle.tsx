import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { directionOf } from '@syria-cms/bilingual-text';
import type { QueueRow } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';

/**
 * The entry's title in the target locale; for a missing translation, the source's title in grey,
 * so the translator sees what she is to translate. Each keeps its own language and direction.
 */
export const EntryTitle = ({ row }: { row: QueueRow }) => {
  const { formatMessage } = useIntl();
  const [text, locale] = row.title ? [row.title, row.locale] : [row.sourceTitle, row.sourceLocale];
  if (!text) {
    return <Typography textColor="neutral500">{formatMessage({ id: getTranslation('untitled'), defaultMessage: '(untitled)' })}</Typography>;
  }
  return (
    <Typography
      textColor={row.title ? 'neutral800' : 'neutral500'}
      lang={locale ?? undefined}
      dir={locale ? directionOf(locale) : 'auto'}
      data-testid="entry-title"
    >
      {text}
    </Typography>
  );
};
