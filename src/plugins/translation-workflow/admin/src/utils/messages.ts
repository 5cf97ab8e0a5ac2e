import type { MessageDescriptor } from 'react-intl';
import { ACTOR, ARTICLE, INCIDENT, INCIDENT_TYPE, LOCATION, SOURCE, TARGET_TYPE, WEAPON, type ContentTypeUid } from '../../../../../uids';
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

/** Content type names in the interface language (the server's display names are English only). */
export const TYPE_MESSAGES: Record<ContentTypeUid, MessageDescriptor> = {
  [ARTICLE]: { id: getTranslation('type.article'), defaultMessage: 'Article' },
  [INCIDENT]: { id: getTranslation('type.incident'), defaultMessage: 'Incident' },
  [LOCATION]: { id: getTranslation('type.location'), defaultMessage: 'Location' },
  [SOURCE]: { id: getTranslation('type.source'), defaultMessage: 'Source' },
  [WEAPON]: { id: getTranslation('type.weapon'), defaultMessage: 'Weapon' },
  [INCIDENT_TYPE]: { id: getTranslation('type.incident-type'), defaultMessage: 'Incident type' },
  [ACTOR]: { id: getTranslation('type.actor'), defaultMessage: 'Actor' },
  [TARGET_TYPE]: { id: getTranslation('type.target-type'), defaultMessage: 'Target type' },
};
