import * as React from 'react';
import { Box, Button, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Entry } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { EntryDetails } from './EntryDetails';
import { EntrySummary } from './EntrySummary';

interface Props {
  uid: string;
  documentId: string;
  entries: Entry[];
  hasMore: boolean;
  loading: boolean;
  onShowMore: () => void;
  onRestored: () => Promise<void>;
}

/** The changes, newest first; one at a time opens to its field-by-field diff, under its line. */
export const EntryList = ({ uid, documentId, entries, hasMore, loading, onShowMore, onRestored }: Props) => {
  const { formatMessage } = useIntl();
  const [openSeq, setOpenSeq] = React.useState<number | null>(null);

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
        {entries.map((entry) => {
          const isOpen = entry.seq === openSeq;
          return (
            <Box tag="li" key={entry.seq} data-testid="history-entry" data-seq={entry.seq} data-action={entry.action}>
              <EntrySummary entry={entry} isOpen={isOpen} onToggle={() => setOpenSeq(isOpen ? null : entry.seq)} />
              {isOpen && <EntryDetails uid={uid} documentId={documentId} entry={entry} onRestored={onRestored} />}
            </Box>
          );
        })}
      </Flex>
      {hasMore && (
        <Box>
          <Button size="S" variant="tertiary" loading={loading} onClick={onShowMore} data-testid="history-more">
            {formatMessage({ id: getTranslation('history.more'), defaultMessage: 'Show older changes' })}
          </Button>
        </Box>
      )}
    </Flex>
  );
};
