import * as React from 'react';
import { useRemoteData } from '@syria-cms/strapi-admin-helpers';
import type { SourceText } from '../../../shared/contracts';
import { useTranslationWorkflowApi } from './useTranslationWorkflowApi';

export interface SourceTextQuery {
  uid: string;
  documentId: string;
  locale: string;
}

/**
 * The source text of the translation on screen, or null for none (the entry is the original, or
 * `query` is null: not a translated type). Read again when `revision` changes (the entry was saved,
 * and is perhaps no longer outdated). An answer about another entry or locale, still on screen
 * while the new one loads, is not given out as this one's.
 */
export function useSourceText(query: SourceTextQuery | null, revision: string | undefined) {
  const api = useTranslationWorkflowApi();
  const { uid = '', documentId = '', locale = '' } = query ?? {};
  const key = query ? `${uid}\n${documentId}\n${locale}` : '';
  const remote = useRemoteData(
    // `revision` is not read: it is there to make a new loader, and so a new read, after a save.
    React.useCallback(
      async () => ({ key, text: key ? await api.sourceText(uid, documentId, locale) : null }),
      [api, key, uid, documentId, locale, revision]
    )
  );
  const current = remote.data?.key === key ? remote.data : undefined;
  return {
    /** undefined until this entry's answer is in. */
    text: current?.text as SourceText | null | undefined,
    /** This entry's failure, once no read is under way (a read that fails keeps the previous answer). */
    error: remote.isLoading ? undefined : remote.error,
    remote,
  };
}
