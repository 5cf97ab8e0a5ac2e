import { validateCasualties } from '../lib/casualties';
import { validateIncidentDate } from '../lib/dates';
import type { FieldError } from '@syria-cms/strapi-server-helpers';
import { validateCoordinates, validatePcode } from '../lib/gazetteer';
import { INCIDENT, LOCATION } from '../uids';

type Entry = Record<string, any>;

/**
 * Rules the schema cannot express, per content type. Each receives the entry as it will be after
 * the write (stored values overlaid with the submitted ones).
 */
export const CONTENT_RULES: Record<string, (entry: Entry, now: Date) => FieldError[]> = {
  [INCIDENT]: (entry, now) => [
    ...validateIncidentDate(entry.date, now),
    ...validateCasualties(entry.casualties),
  ],
  [LOCATION]: (entry) => [
    ...validatePcode(entry.pcode, entry.level),
    ...validateCoordinates(entry.latitude, entry.longitude),
  ],
};
