/**
 * What the public may learn of a confidential source: that it exists, its kind and its reliability.
 * Everything else (title, url, publisher, archived copy, notes, any field added later) is withheld:
 * the list says what is shown, not what is hidden, so a new field is private until added here.
 */
export const PUBLIC_FIELDS_OF_CONFIDENTIAL_SOURCE = ['id', 'documentId', 'kind', 'reliability', 'confidential', 'locale'];

type SourceLike = Record<string, unknown>;

/**
 * A source whose `confidential` flag was not fetched (a client may select fields) is treated as
 * confidential: when in doubt, withhold.
 */
export function redactSource<T extends SourceLike | null | undefined>(source: T): T {
  if (!source || typeof source !== 'object' || source.confidential === false) return source;
  const shown: SourceLike = { confidential: true };
  for (const field of PUBLIC_FIELDS_OF_CONFIDENTIAL_SOURCE) {
    if (field in source && field !== 'confidential') shown[field] = source[field];
  }
  return shown as T;
}

/** Confidential sources as a query filter: every source whose flag is not false, as above. */
export const CONFIDENTIAL_SOURCES = { $or: [{ confidential: true }, { confidential: { $null: true } }] };

/**
 * The media fields whose files a confidential source withholds (its archived copy): all of them
 * but the public ones, so that a file field added later is withheld until shown here.
 */
export const withheldMediaFields = (attributes: Record<string, { type?: string }>): string[] =>
  Object.keys(attributes).filter((name) => attributes[name].type === 'media' && !PUBLIC_FIELDS_OF_CONFIDENTIAL_SOURCE.includes(name));

type Filters = Record<string, unknown>;
/** Where a relation leads: the target model's uid, or undefined for a scalar field. */
export type RelationTarget = (uid: string, field: string) => string | undefined;

const LOGICAL = new Set(['$and', '$or', '$not']);

/**
 * Filtering on what a confidential source withholds would reveal it ("which sources have a title
 * starting with Abu?"). Wherever a filter tests a withheld field of a source, at any depth, it is
 * narrowed to sources that are not confidential: the answer is then true of public sources only.
 */
export function narrowSourceFilters(filters: unknown, uid: string, sourceUid: string, targetOf: RelationTarget): unknown {
  if (Array.isArray(filters)) return filters.map((item) => narrowSourceFilters(item, uid, sourceUid, targetOf));
  if (!filters || typeof filters !== 'object') return filters;

  const narrowed: Filters = {};
  let testsWithheldField = false;
  for (const [key, value] of Object.entries(filters as Filters)) {
    if (LOGICAL.has(key)) {
      narrowed[key] = narrowSourceFilters(value, uid, sourceUid, targetOf);
      continue;
    }
    const target = targetOf(uid, key);
    if (target) {
      narrowed[key] = narrowSourceFilters(value, target, sourceUid, targetOf);
      continue;
    }
    if (uid === sourceUid && !key.startsWith('$') && !PUBLIC_FIELDS_OF_CONFIDENTIAL_SOURCE.includes(key)) {
      testsWithheldField = true;
    }
    narrowed[key] = value;
  }
  return testsWithheldField ? { $and: [narrowed, { confidential: false }] } : narrowed;
}
