import type { MessageDescriptor } from 'react-intl';
import { home } from './translations';

/** A message of the home page: its id in translations.ts, its English there as the default. */
export const homeMessage = (id: string): MessageDescriptor => ({ id: `home.${id}`, defaultMessage: home.en[`home.${id}`] ?? id });
