import type { IntlShape } from 'react-intl';
import type { DatePrecision } from '../../../shared/contracts';
import { getTranslation } from './getTranslation';

// Shown in UTC: an incident date is a calendar day, and an article's dateline is stored in UTC, so
// no reader's time zone may move either to another day.
const DAY = { dateStyle: 'medium', timeZone: 'UTC' } as const;

/** An incident's date as precisely as it is known: "April 2017", not "1 Apr 2017", for a month. */
export function formatIncidentDate(intl: IntlShape, date: string, precision?: DatePrecision | null): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (precision === 'month') return intl.formatDate(day, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const shown = intl.formatDate(day, DAY);
  if (precision === 'week') return intl.formatMessage({ id: getTranslation('date.week-of'), defaultMessage: 'week of {date}' }, { date: shown });
  if (precision === 'approximate') return intl.formatMessage({ id: getTranslation('date.about'), defaultMessage: 'about {date}' }, { date: shown });
  return shown;
}

export const formatDateline = (intl: IntlShape, dateline: string) => intl.formatDate(new Date(dateline), DAY);
