import { validateCasualties } from '../lib/casualties';
import { validateIncidentDate } from '../lib/dates';
import { validateCoordinates, validatePcode } from '../lib/gazetteer';
import type { RuleError } from '../lib/rule-errors';
import { INCIDENT, LOCATION } from '../uids';

type Entry = Record<string, any>;

/**
 * Rules the schema cannot express, per content type. Each receives the entry as it will be after
 * the write (stored values overlaid with the submitted ones). Each error has a code and its values,
 * for the import's preview to say it in the editor's language.
 */
export const CONTENT_RULES: Record<string, (entry: Entry, now: Date) => RuleError[]> = {
  [INCIDENT]: (entry, now) => [
    ...validateIncidentDate(entry.date, now),
    ...validateCasualties(entry.casualties),
  ],
  [LOCATION]: (entry) => [
    ...validatePcode(entry.pcode, entry.level),
    ...validateCoordinates(entry.latitude, entry.longitude),
  ],
};
