import { LIST_SEPARATOR, type ColumnKind } from '../native-columns';

/** Several values in one cell, as the import splits them: `;` and a space. */
const joined = (values: string[]) => values.join(`${LIST_SEPARATOR} `);

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

/** A place by the key a person can type: its p-code when it has one, else its document id. */
const placeKey = (place: any) => (place ? (place.pcode || place.documentId) : '');

/**
 * The text of a cell, in the format the native import reads back (src/data-exchange/native-columns.ts):
 * plain numbers, true/false, YYYY-MM-DD, HH:MM, vocabulary keys, lists joined by `; `. `status`
 * is not a stored value: the caller knows whether the document has a published version.
 */
export function cellText(kind: Exclude<ColumnKind, 'status'>, value: any): string {
  switch (kind) {
    case 'integer':
    case 'decimal':
      // PostgreSQL hands decimals back as text with the column's scale ("35.500000"): write the number.
      return isEmpty(value) ? '' : String(Number(value));
    case 'boolean':
      return isEmpty(value) ? '' : String(value === true);
    case 'date':
      return isEmpty(value) ? '' : dayOf(value);
    case 'time':
      // Stored as HH:MM:SS.mmm; reports give minutes at most.
      return isEmpty(value) ? '' : String(value).slice(0, 5);
    case 'term':
      return value?.key ?? '';
    case 'terms':
      return joined((value ?? []).map((term: any) => term.key));
    case 'perpetrators':
      // An attribution without an actor says nothing about who: there is no key to write.
      return joined((value ?? []).filter((attribution: any) => attribution.actor).map((attribution: any) => `${attribution.actor.key}:${attribution.certainty}`));
    case 'place':
      return placeKey(value);
    case 'sources':
      return joined((value ?? []).map((source: any) => source.documentId));
    case 'lines':
      return joined(
        String(value ?? '')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
      );
    default:
      return isEmpty(value) ? '' : String(value);
  }
}
