import { ruleError, type RuleError } from './rule-errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The latest calendar date anywhere on Earth (UTC+14). An incident reported in Syria (UTC+3) just
 * after its midnight is already "tomorrow" in UTC, so comparing with the UTC date would reject it.
 */
export function latestDateOnEarth(now: Date): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

export function validateIncidentDate(date: unknown, now: Date, path = 'date'): RuleError[] {
  if (date === null || date === undefined || date === '') return [];
  const text = date instanceof Date ? date.toISOString().slice(0, 10) : String(date);
  const match = ISO_DATE.exec(text);
  if (!match || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
    return [ruleError(path, `"${text}" is not a date in the form YYYY-MM-DD`, 'not-a-date')];
  }
  if (text > latestDateOnEarth(now)) {
    return [ruleError(path, `${text} is in the future: an incident cannot be recorded before it happens`, 'future-date', { date: text })];
  }
  return [];
}
