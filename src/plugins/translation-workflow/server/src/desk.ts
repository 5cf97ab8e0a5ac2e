import type { ChangedField, SourceField, Status } from '../../shared/contracts';
import type { Fields } from './status';

/**
 * The translator's desk, pure: which locale a translation is read against, and what it shows of
 * each field of that source.
 */

/** A locale of the document and when it was first written (its earliest row: drafts and published versions alike). */
export interface WrittenLocale {
  locale: string;
  createdAt: string | Date | null;
}

const time = (value: string | Date | null) => (value === null ? Number.POSITIVE_INFINITY : new Date(value).getTime());

/**
 * The document's original: the locale written first. Rows written in the same instant (an import
 * writing both languages at once) follow the configured order of locales.
 */
export function originalLocale(written: WrittenLocale[], configured: string[]): string | null {
  const first = new Map<string, number>();
  for (const { locale, createdAt } of written) first.set(locale, Math.min(first.get(locale) ?? Number.POSITIVE_INFINITY, time(createdAt)));
  const order = (locale: string) => (configured.includes(locale) ? configured.indexOf(locale) : configured.length);
  const [original] = [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)! || order(a) - order(b) || a.localeCompare(b));
  return original ?? null;
}

/**
 * The locale a translation in `locale` is read against: for an outdated one, the locale whose
 * changes it has not caught up with (either language may be the original); otherwise the
 * document's original. None for the original itself while it is up to date: it translates nothing.
 */
export function deskSourceLocale(
  locale: string,
  state: { status: Status; sourceLocale: string | null } | null,
  written: WrittenLocale[],
  configured: string[]
): string | null {
  if (state?.status === 'outdated' && state.sourceLocale && state.sourceLocale !== locale) return state.sourceLocale;
  const original = originalLocale(written, configured);
  return original === locale ? null : original;
}

/**
 * Each field of the source, in the order given, with its text now and, for an outdated
 * translation, its text when the translation was last brought up to date.
 */
export function sourceFields(fields: string[], source: Fields, changes: ChangedField[]): SourceField[] {
  return fields.map((field) => ({
    field,
    value: source[field] ?? null,
    change: changes.find((change) => change.field === field) ?? null,
  }));
}
