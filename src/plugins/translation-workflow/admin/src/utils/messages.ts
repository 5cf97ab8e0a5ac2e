import type { MessageDescriptor } from 'react-intl';
import type { Status } from '../../../shared/contracts';
import { getTranslation } from './getTranslation';

/** The statuses in the order of a translator's work: none yet, behind, unpublished, done. */
export const WORK_ORDER: readonly Status[] = ['missing', 'outdated', 'draft', 'published'];

/** How each translation status reads; the statuses themselves are the server's (constants.ts). */
export const STATUS_MESSAGES: Record<Status, MessageDescriptor> = {
  missing: { id: getTranslation('status.missing'), defaultMessage: 'Missing' },
  outdated: { id: getTranslation('status.outdated'), defaultMessage: 'Outdated' },
  draft: { id: getTranslation('status.draft'), defaultMessage: 'Draft' },
  published: { id: getTranslation('status.published'), defaultMessage: 'Published' },
};

/**
 * A content type's name in the interface language: `type.<singular name>` in the translation
 * files, which the app fills for its types (src/admin/app.tsx); its display name until then.
 */
export const typeMessage = (uid: string, displayName: string): MessageDescriptor => ({
  id: getTranslation(`type.${uid.split('.').pop()}`),
  defaultMessage: displayName,
});
