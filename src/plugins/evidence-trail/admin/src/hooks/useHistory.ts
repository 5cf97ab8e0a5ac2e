import * as React from 'react';
import { useRemoteData } from '@syria-cms/strapi-admin-helpers';
import { useEvidenceTrailApi } from './useEvidenceTrailApi';

export const HISTORY_PAGE_SIZE = 10;

/**
 * A document's history, newest first, `HISTORY_PAGE_SIZE` entries at a time: "more" shows one
 * page more. Every page shown is read again together (on "more", after a save or a restore), as a
 * new entry moves all the others down a place and pages read at different times would repeat one.
 * `revision` (the entry's last update) is there to make a new loader, and so a new read, after a save.
 */
export function useHistory(uid: string, documentId: string, revision: string | undefined) {
  const api = useEvidenceTrailApi();
  const [pagesShown, setPagesShown] = React.useState(1);

  const history = useRemoteData(
    React.useCallback(async () => {
      const pages = await Promise.all(Array.from({ length: pagesShown }, (_, index) => api.history(uid, documentId, index + 1, HISTORY_PAGE_SIZE)));
      return { entries: pages.flatMap((page) => page.data), total: pages[0].meta.pagination.total };
    }, [api, uid, documentId, pagesShown, revision])
  );

  const showMore = React.useCallback(() => setPagesShown((pages) => pages + 1), []);
  return { history, showMore };
}
