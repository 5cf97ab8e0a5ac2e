import { Box, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { InterfaceText } from '@syria-cms/strapi-admin-helpers';
import type { Entry } from '../../../../shared/contracts';
import { canRestore, fieldChangesOf, restoredFrom } from '../../utils/changes';
import { getTranslation } from '../../utils/getTranslation';
import { FieldChangeDiff } from './FieldChangeDiff';
import { RestoreButton } from './RestoreButton';

interface Props {
  uid: string;
  documentId: string;
  entry: Entry;
  onRestored: () => Promise<void>;
}

/** An opened change: each field before and after, and the way back to the version it left. */
export const EntryDetails = ({ uid, documentId, entry, onRestored }: Props) => {
  const { formatMessage } = useIntl();
  const changes = fieldChangesOf(entry);
  const from = restoredFrom(entry);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} paddingTop={3} paddingBottom={2} data-testid="history-entry-details">
      {from !== null && (
        <InterfaceText>
          {formatMessage({ id: getTranslation('entry.restored-from'), defaultMessage: 'Back to the version of change #{seq}.' }, { seq: from })}
        </InterfaceText>
      )}
      {changes.length > 0 ? (
        changes.map((change) => <FieldChangeDiff key={`${change.locale}:${change.version}:${change.field}`} uid={uid} change={change} />)
      ) : (
        <InterfaceText>{formatMessage({ id: getTranslation('entry.no-fields'), defaultMessage: 'No field changed.' })}</InterfaceText>
      )}
      {canRestore(entry) && (
        <Box>
          <RestoreButton uid={uid} documentId={documentId} seq={entry.seq} onRestored={onRestored} />
        </Box>
      )}
    </Flex>
  );
};
