import { arabicReadings, foldedWords } from './text-folding';

/**
 * Finds named things (places of the gazetteer, vocabulary terms) in a text. Names and aliases are
 * folded into word sequences and indexed by their first word; a text is scanned once, each word
 * looked up in its Arabic readings, so the cost grows with the text, not with the number of names.
 */
export interface Named {
  id: string;
  names: string[];
}

export interface Mention {
  id: string;
  /** The name or alias as the index spells it. */
  name: string;
  /** The words of the text that matched, as the text wrote them. */
  text: string;
  /** Where the first mention starts, as a fraction of the text (0 = its first word): leads come first. */
  position: number;
}

interface Entry {
  id: string;
  name: string;
  words: string[];
}

export interface NameIndex {
  byFirstWord: Map<string, Entry[]>;
}

export function buildNameIndex(things: Iterable<Named>): NameIndex {
  const byFirstWord = new Map<string, Entry[]>();
  for (const thing of things) {
    for (const name of thing.names) {
      const words = foldedWords(name);
      if (words.length === 0) continue;
      const entries = byFirstWord.get(words[0]) ?? [];
      if (!entries.some((entry) => entry.id === thing.id && entry.words.join(' ') === words.join(' '))) {
        entries.push({ id: thing.id, name, words });
      }
      byFirstWord.set(words[0], entries);
    }
  }
  return { byFirstWord };
}

/** Each thing named in the text once, with the first spelling that matched; longest names win. */
export function findNames(index: NameIndex, text: string): Mention[] {
  // Folded word k came from raw token owner[k], so a match can be quoted as the text wrote it.
  const rawWords = text.match(/\S+/g) ?? [];
  const words: string[] = [];
  const owner: number[] = [];
  rawWords.forEach((raw, r) => {
    for (const word of foldedWords(raw)) {
      words.push(word);
      owner.push(r);
    }
  });
  const found = new Map<string, Mention>();

  for (let i = 0; i < words.length; i += 1) {
    let best: { entry: Entry; length: number; reading: string } | undefined;
    for (const reading of arabicReadings(words[i])) {
      for (const entry of index.byFirstWord.get(reading) ?? []) {
        const rest = entry.words.slice(1);
        const matches = rest.every((word, k) => arabicReadings(words[i + 1 + k] ?? '').includes(word) || words[i + 1 + k] === word);
        if (matches && (!best || entry.words.length > best.length)) best = { entry, length: entry.words.length, reading };
      }
    }
    if (!best) continue;
    // Several things may share the longest name (two villages called Taibat); each is reported.
    for (const reading of arabicReadings(words[i])) {
      for (const entry of index.byFirstWord.get(reading) ?? []) {
        if (entry.words.length === best.length && entry.words.join(' ') === best.entry.words.join(' ') && !found.has(entry.id)) {
          found.set(entry.id, {
            id: entry.id,
            name: entry.name,
            text: quote(rawWords, owner[i], owner[i + best.length - 1], best.reading),
            position: words.length > 1 ? i / (words.length - 1) : 0,
          });
        }
      }
    }
    i += best.length - 1;
  }
  return [...found.values()];
}

/**
 * The matched words as the text wrote them, without surrounding punctuation, and without what
 * Arabic attached to the first one ("وصوران" names صوران): the name is quoted, not its conjunction.
 */
function quote(rawWords: string[], first: number, last: number, firstReading: string) {
  const words = rawWords.slice(first, last + 1);
  words[0] = withoutAttachedPrefix(words[0], firstReading);
  return words.join(' ').replace(/^[("'“«]+|[.,;:!?()"'”»،؛]+$/gu, '');
}

/** Drops leading letters from a raw word until it folds to the reading that matched; unchanged if none does. */
function withoutAttachedPrefix(raw: string, reading: string): string {
  for (let start = 0; start < raw.length; start += 1) {
    const folded = foldedWords(raw.slice(start));
    if (folded.length === 1 && folded[0] === reading) return raw.slice(start);
    if (folded.length !== 1) break;
  }
  return raw;
}
