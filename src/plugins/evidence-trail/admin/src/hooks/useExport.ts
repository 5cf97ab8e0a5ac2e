import * as React from 'react';
import { useAPIErrorHandler, useNotification, type FetchError } from '@strapi/strapi/admin';
import { useEvidenceTrailApi } from './useEvidenceTrailApi';

/**
 * Saves a document's whole history as a JSON file. Read through the admin session (the route needs
 * its token, which a plain link would not send), then handed to the browser as a download.
 */
export function useExport(uid: string, documentId: string) {
  const api = useEvidenceTrailApi();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [exporting, setExporting] = React.useState(false);

  const exportHistory = React.useCallback(async () => {
    setExporting(true);
    try {
      const history = await api.exportHistory(uid, documentId);
      // Written back as it came: `history:verify --file` checks the hashes of these very entries.
      download(new Blob([JSON.stringify(history, null, 2)], { type: 'application/json' }), `history-${documentId}.json`);
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatAPIError(error as FetchError) });
    } finally {
      setExporting(false);
    }
  }, [api, uid, documentId, toggleNotification, formatAPIError]);

  return { exportHistory, exporting };
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
