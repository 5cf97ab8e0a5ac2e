import { fieldError, type FieldError } from '@syria-cms/strapi-server-helpers';

/**
 * Reads the values of a public endpoint's query parameters (which parameters a route takes is the
 * public contract's to say). Every problem is collected, named by its parameter, so a site
 * developer hears about all of them in one 400 rather than one at a time.
 */
export class ParameterReader {
  readonly problems: FieldError[] = [];

  constructor(private readonly query: Record<string, unknown>) {}

  problem(name: string, message: string): void {
    this.problems.push(fieldError([name], message));
  }

  text(name: string): string | undefined {
    const value = this.query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(name, `${name} must be given once, as a non-empty text`);
      return undefined;
    }
    return value.trim();
  }

  /** "a,b" or the parameter repeated. */
  list(name: string): string[] | undefined {
    const value = this.query[name];
    if (value === undefined) return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((part) => (typeof part === 'string' ? part.split(',') : [null]));
    if (parts.some((part) => part === null || part.trim() === '')) {
      this.problem(name, `${name} must be one value or several separated by commas`);
      return undefined;
    }
    return [...new Set(parts.map((part) => part!.trim()))];
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], { required = false } = {}): T | undefined {
    const value = this.text(name);
    if (value === undefined) {
      if (required && !(name in this.query)) this.problem(name, `${name} is required: one of ${allowed.join(', ')}`);
      return undefined;
    }
    if (!(allowed as readonly string[]).includes(value)) {
      this.problem(name, `${name} must be one of ${allowed.join(', ')}; got "${value}"`);
      return undefined;
    }
    return value as T;
  }

  date(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (!isCalendarDate(value)) {
      this.problem(name, `${name} must be a date in the form YYYY-MM-DD; got "${value}"`);
      return undefined;
    }
    return value;
  }

  integer(name: string, { min, max }: { min: number; max: number }): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      this.problem(name, `${name} must be a whole number from ${min} to ${max}; got "${value}"`);
      return undefined;
    }
    return number;
  }
}

/** A real day of the calendar in ISO form: "2017-02-30" is refused, not rolled over into March. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
