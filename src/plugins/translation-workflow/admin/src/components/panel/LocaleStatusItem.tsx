import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { InterfaceText } from '@syria-cms/strapi-admin-helpers';
import { isolate } from '@syria-cms/bilingual-text';
import type { LocaleStatusRow } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge } from '../StatusBadge';
import { ChangedFieldDiff } from '../shared/ChangedFieldDiff';
import { StillCorrectButton } from './StillCorrectButton';

interface Props {
  uid: string;
  row: LocaleStatusRow;
  /** The locale of the entry on screen, marked so the translator knows which line is hers. */
  isCurrent: boolean;
  busy: boolean;
  onStillCorrect: () => void;
  /** A field's label as the form shows it. */
  labelOf: (field: string) => string;
}

/** One locale of the document: its status and, when outdated, what changed in its source since. */
export const LocaleStatusItem = ({ uid, row, isCurrent, busy, onStillCorrect, labelOf }: Props) => {
  const { formatMessage, formatDisplayName } = useIntl();
  const languageName = (code: string) => formatDisplayName(code, { type: 'language' }) ?? code;
  // The locale whose changes the translation has not caught up with.
  const source = row.status === 'outdated' ? row.sourceLocale : null;

  return (
    <Box tag="li" data-testid={`locale-status-${row.locale}`} data-status={row.status}>
      <Flex gap={2} wrap="wrap" alignItems="center">
        <Typography fontWeight={isCurrent ? 'bold' : 'regular'}>{languageName(row.locale)}</Typography>
        <StatusBadge status={row.status} data-testid="locale-status" />
      </Flex>
      {source && (
        <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
          <InterfaceText>
            {formatMessage(
              { id: getTranslation('changed.since'), defaultMessage: 'Changed in {language} since this translation:' },
              { language: isolate(languageName(source)) }
            )}
          </InterfaceText>
          {row.changedFields.map((change) => (
            <ChangedFieldDiff key={change.field} change={change} sourceLocale={source} label={labelOf(change.field)} />
          ))}
          <Box>
            <StillCorrectButton uid={uid} locale={row.locale} busy={busy} onConfirm={onStillCorrect} />
          </Box>
        </Flex>
      )}
    </Box>
  );
};
