import type { MessageDescriptor } from 'react-intl';
import type { LinkRole } from '../../../shared/constants';
import { getTranslation } from './getTranslation';

/** How each link role reads in the interface; the list of roles itself is shared with the server (shared/constants.ts). */
export const ROLE_MESSAGES: Record<LinkRole, MessageDescriptor> = {
  'primary-report': { id: getTranslation('role.primary-report'), defaultMessage: 'Primary report' },
  mentions: { id: getTranslation('role.mentions'), defaultMessage: 'Mentions' },
  'follow-up': { id: getTranslation('role.follow-up'), defaultMessage: 'Follow-up' },
  analysis: { id: getTranslation('role.analysis'), defaultMessage: 'Analysis' },
};
