import type { MessageDescriptor } from 'react-intl';
import type { LinkRole } from '../../../shared/contracts';
import { getTranslation } from './getTranslation';

/**
 * How a link role reads in the interface: `role.<role>` in the translation files, which hold the
 * plugin's default roles; a role the app added reads as its name until the app translates it.
 */
export const roleMessage = (role: LinkRole): MessageDescriptor => ({ id: getTranslation(`role.${role}`), defaultMessage: role });
