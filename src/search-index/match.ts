import { findNames, foldedWords } from '@syria-cms/bilingual-text';
import type { Places } from '@syria-cms/strapi-server-helpers';
import { queryWords } from '../lib/search-text';

/**
 * What a query asks of a document's stored words: each `prefix` must start one of them, combined by
 * `all` and `any`. Each database's index renders it in its own query language (match-sqlite,
 * match-postgres); never empty groups.
 */
export type Match = { prefix: string } | { all: Match[] } | { any: Match[] };

/**
 * The conditions a query's words put on a document, all of which must hold (none: every document).
 * A word is found as itself or as an Arabic reading of it; a place the query names is found by any
 * of its names and aliases, in either language, each name by all its words.
 */
export function matchOf(q: string, places: Places): Match[] {
  const named = findNames(places.names, q);
  const placeWords = new Set(named.flatMap((mention) => foldedWords(mention.text)));
  const word = (alternatives: string[]): Match => ({ any: alternatives.map((prefix) => ({ prefix })) });
  const otherWords = queryWords(q).filter((alternatives) => !placeWords.has(alternatives[0]));
  const namedPlaces = named
    .map((mention) => places.namesOf(mention.id).map(queryWords).filter((name) => name.length > 0))
    .filter((names) => names.length > 0);
  return [...otherWords.map(word), ...namedPlaces.map((names) => ({ any: names.map((name) => ({ all: name.map(word) })) }))];
}

/** A match as query text: `prefix` writes one word, groups are parenthesized and joined. */
export function renderMatch(match: Match, syntax: { prefix: (word: string) => string; and: string; or: string }): string {
  if ('prefix' in match) return syntax.prefix(match.prefix);
  const [parts, joiner] = 'all' in match ? [match.all, syntax.and] : [match.any, syntax.or];
  return `(${parts.map((part) => renderMatch(part, syntax)).join(joiner)})`;
}
