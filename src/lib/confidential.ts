/**
 * What the public may learn of a confidential source: that it exists, its kind and its reliability.
 * Everything else (title, url, publisher, archived copy, notes, any field added later) is withheld:
 * the list says what is shown, not what is hidden, so a new field is private until added here.
 */
const PUBLIC_FIELDS_OF_CONFIDENTIAL_SOURCE = ['id', 'documentId', 'kind', 'reliability', 'confidential', 'locale'];

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
