import * as React from 'react';
import { useAPIErrorHandler, useNotification, type FetchError } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { useEvidenceTrailApi } from './useEvidenceTrailApi';

/** Puts a document back as it was after a change, says how that went, then reads the history again. */
export function useRestore(uid: string, documentId: string, onRestored: () => Promise<void>) {
  const api = useEvidenceTrailApi();
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [restoring, setRestoring] = React.useState(false);

  const restore = React.useCallback(
    async (seq: number) => {
      setRestoring(true);
      try {
        const { changed } = await api.restore(uid, documentId, seq);
        toggleNotification({
          type: 'success',
          message: formatMessage(
            { id: getTranslation('restore.done'), defaultMessage: 'Restored: {count, plural, =0 {nothing differed} one {# field} other {# fields}}.' },
            { count: changed.length }
          ),
        });
        await onRestored();
      } catch (error) {
        // A 403 says which change the person's role may not make, in the server's words.
        toggleNotification({ type: 'danger', message: formatAPIError(error as FetchError) });
      } finally {
        setRestoring(false);
      }
    },
    [api, uid, documentId, onRestored, toggleNotification, formatAPIError, formatMessage]
  );

  return { restore, restoring };
}
