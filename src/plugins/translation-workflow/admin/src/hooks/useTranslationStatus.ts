import * as React from 'react';
import { useAPIErrorHandler, useNotification, type FetchError } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useRemoteData } from '@syria-cms/strapi-admin-helpers';
import { getTranslation } from '../utils/getTranslation';
import { notificationText } from '../utils/notificationText';
import { useTranslationWorkflowApi } from './useTranslationWorkflowApi';

/**
 * The status of a document in every locale, and "still correct" for an outdated one. `revision`
 * is the entry's last update: when it changes (the entry was saved), the statuses are read again,
 * as a save is what brings a translation up to date.
 */
export function useTranslationStatus(uid: string, documentId: string, revision: string | undefined) {
  const api = useTranslationWorkflowApi();
  const { formatMessage, locale: interfaceLocale } = useIntl();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [confirming, setConfirming] = React.useState<string | null>(null);

  const statuses = useRemoteData(
    // `revision` is not read: it is there to make a new loader, and so a new read, after a save.
    React.useCallback(() => api.status(uid, documentId), [api, uid, documentId, revision])
  );

  const stillCorrect = React.useCallback(
    async (locale: string) => {
      setConfirming(locale);
      try {
        await api.stillCorrect(uid, documentId, locale);
        toggleNotification({
          type: 'success',
          message: notificationText(formatMessage({ id: getTranslation('still-correct.done'), defaultMessage: 'Marked as up to date.' }), interfaceLocale),
        });
      } catch (error) {
        // A 403 (the person may not update that locale) says so in Strapi's words.
        toggleNotification({ type: 'danger', message: formatAPIError(error as FetchError) });
      } finally {
        await statuses.reload();
        setConfirming(null);
      }
    },
    [api, uid, documentId, statuses.reload, toggleNotification, formatAPIError, formatMessage, interfaceLocale]
  );

  return { statuses, confirming, stillCorrect };
}
