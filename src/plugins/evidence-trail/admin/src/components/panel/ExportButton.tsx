import { Button } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useExport } from '../../hooks/useExport';
import { getTranslation } from '../../utils/getTranslation';

/** The whole history of the document, with its hashes, as a file to keep or check offline. */
export const ExportButton = ({ uid, documentId }: { uid: string; documentId: string }) => {
  const { formatMessage } = useIntl();
  const { exportHistory, exporting } = useExport(uid, documentId);
  return (
    <Button size="S" variant="secondary" loading={exporting} disabled={exporting} onClick={exportHistory} data-testid="history-export">
      {formatMessage({ id: getTranslation('history.export'), defaultMessage: 'Export' })}
    </Button>
  );
};
