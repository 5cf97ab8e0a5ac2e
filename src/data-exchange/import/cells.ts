import { validateIncidentDate } from '../../lib/dates';
import { why, type Why } from './types';

/**
 * Reads typed values out of a row's cells. Each reader returns the value, `null` for an empty
 * cell, or `undefined` after reporting why the cell cannot be read; mappings share these so that a
 * bad date or figure is worded the same whichever layout the file has. A reason is said after the
 * value (`"x" is not a date`): the planner puts the value before it.
 */
export type Report = (column: string, value: string, why: Why, suggestions?: string[]) => void;

export class CellReader {
  constructor(
    private readonly cells: Record<string, string>,
    private readonly report: Report,
    private readonly now: Date
  ) {}

  has(column: string): boolean {
    return column in this.cells;
  }

  /** The cell's text, null when empty. */
  text(column: string, maxLength?: number): string | null | undefined {
    const value = this.cells[column] ?? '';
    if (value === '') return null;
    if (maxLength !== undefined && value.length > maxLength) {
      return this.fail(column, value, why('too-long', `is ${value.length} characters long; at most ${maxLength} fit`, { length: value.length, max: maxLength }));
    }
    return value;
  }

  /** A whole number of 0 or more: casualty figures. */
  figure(column: string): number | null | undefined {
    const value = this.cells[column] ?? '';
    if (value === '') return null;
    if (!/^-?\d+(\.0+)?$/.test(value)) return this.fail(column, value, why('not-a-whole-number', 'is not a whole number'));
    const number = Number(value);
    if (number < 0) return this.fail(column, value, why('below-zero', 'is below 0: a figure is a count of people'));
    if (!Number.isSafeInteger(number) || number > 2 ** 31 - 1) return this.fail(column, value, why('too-large', 'is too large to be a count of people'));
    return number;
  }

  decimal(column: string, min: number, max: number): number | null | undefined {
    const value = this.cells[column] ?? '';
    if (value === '') return null;
    const number = Number(value);
    if (!/^-?\d+(\.\d+)?$/.test(value) || !Number.isFinite(number)) return this.fail(column, value, why('not-a-decimal', 'is not a decimal number'));
    if (number < min || number > max) return this.fail(column, value, why('out-of-range', `is out of range: it must be between ${min} and ${max}`, { min, max }));
    return number;
  }

  boolean(column: string): boolean | null | undefined {
    const value = (this.cells[column] ?? '').toLowerCase();
    if (value === '') return null;
    if (TRUE_WORDS.includes(value)) return true;
    if (FALSE_WORDS.includes(value)) return false;
    return this.fail(column, this.cells[column], why('not-a-boolean', 'is neither true nor false'));
  }

  /** An incident's date: YYYY-MM-DD, or "9 April 2017" as ACLED's spreadsheets write it; never in the future. */
  date(column: string, options: { pastOnly?: boolean } = {}): string | null | undefined {
    const raw = this.cells[column] ?? '';
    if (raw === '') return null;
    const iso = toIsoDate(raw);
    if (!iso) return this.fail(column, raw, why('not-a-date', 'is not a date: write it as YYYY-MM-DD, such as 2017-04-09'));
    if (options.pastOnly) {
      const [problem] = validateIncidentDate(iso, this.now);
      if (problem) return this.fail(column, raw, why(problem.code, problem.message.replace(/^"[^"]*" /, ''), problem.params));
    }
    return iso;
  }

  /** A time of day, HH:MM or HH:MM:SS, to the second (as both databases keep it). */
  time(column: string): string | null | undefined {
    const raw = this.cells[column] ?? '';
    if (raw === '') return null;
    const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(raw);
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59) {
      return this.fail(column, raw, why('not-a-time', 'is not a time of day: write it as HH:MM, such as 18:15'));
    }
    return `${match[1].padStart(2, '0')}:${match[2]}:${match[3] ?? '00'}`;
  }

  /** One of a list of values; `aliases` maps other spellings (a dataset's codes) to them. */
  choice<T extends string>(column: string, values: readonly T[], aliases: Record<string, T> = {}): T | null | undefined {
    const raw = this.cells[column] ?? '';
    if (raw === '') return null;
    const value = raw.toLowerCase();
    if ((values as readonly string[]).includes(value)) return value as T;
    if (aliases[value] !== undefined) return aliases[value];
    const allowed = [...values, ...Object.keys(aliases)];
    return this.fail(column, raw, why('not-one-of', `is not one of ${allowed.join(', ')}`, { values: allowed }));
  }

  /** Several values in one cell, separated by `;`. */
  list(column: string): string[] {
    return (this.cells[column] ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean);
  }

  /** Reports a cell that cannot be read, for a reason of the caller's. */
  reject(column: string, value: string, reason: Why): undefined {
    return this.fail(column, value, reason);
  }

  private fail(column: string, value: string, reason: Why): undefined {
    this.report(column, value, reason);
    return undefined;
  }
}

const TRUE_WORDS = ['true', 'yes', '1', 'نعم'];
const FALSE_WORDS = ['false', 'no', '0', 'لا'];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A calendar date in ISO form, or null when the text is not one (30 February included). */
export function toIsoDate(text: string): string | null {
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const written = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (written) {
    const index = MONTHS.findIndex((name) => name.startsWith(written[2].toLowerCase()) && written[2].length >= 3);
    if (index < 0) return null;
    [year, month, day] = [Number(written[3]), index + 1, Number(written[1])];
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
