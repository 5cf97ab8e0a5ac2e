import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * One entry of an append-only trail. Every entry is chained twice: to the entry before it in the
 * whole trail (`prevHash`), so that removing or inserting any entry anywhere breaks the chain, and
 * to the entry before it of the same document (`documentPrevHash`), so that one document's history
 * exported on its own can be checked without the rest.
 */
export interface TrailEntry {
  seq: number;
  at: string;
  kind: string;
  actor: unknown;
  route: string | null;
  action: string;
  uid: string;
  documentId: string | null;
  locale: string | null;
  changes: unknown;
  prevHash: string;
  documentPrevHash: string | null;
  hash: string;
}

/** The hash of the first entry's "previous entry". */
export const GENESIS = '0'.repeat(64);

/** SHA-256 over everything the entry says except its own hash, canonically written. */
export function entryHash(entry: Omit<TrailEntry, 'hash'>): string {
  const { seq, at, kind, actor, route, action, uid, documentId, locale, changes, prevHash, documentPrevHash } = entry;
  const content = { seq, at, kind, actor, route, action, uid, documentId, locale, changes, prevHash, documentPrevHash };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export interface Broken {
  seq: number;
  reason: string;
}

/**
 * A document's history is every entry naming its documentId (unique across types): its own
 * changes, and what a plugin records about it (a link made from an article).
 */
const documentKey = (entry: Pick<TrailEntry, 'documentId'>) => entry.documentId;

/**
 * Checks entries in trail order. `whole` is true for the whole trail (every entry's `prevHash`
 * must be the hash of the entry before it, the first's the genesis); for one document's history
 * only the document chain is checked, and its first entry's `documentPrevHash` must be null.
 * Returns the first entry that does not verify, and why; null when every entry does.
 */
export function verifyChain(entries: TrailEntry[], { whole }: { whole: boolean }): Broken | null {
  let previous: TrailEntry | null = null;
  const lastOfDocument = new Map<string, string>();
  for (const entry of entries) {
    if (entryHash(entry) !== entry.hash) return { seq: entry.seq, reason: 'its content does not match its hash: it was changed after it was written' };
    if (whole) {
      if (previous && entry.seq <= previous.seq) return { seq: entry.seq, reason: `it comes after entry ${previous.seq} but is numbered ${entry.seq}` };
      const expected = previous ? previous.hash : GENESIS;
      if (entry.prevHash !== expected) {
        return { seq: entry.seq, reason: previous ? `the entry before it is not ${previous.seq}: an entry was removed or inserted` : 'it is not the first entry of the trail' };
      }
    }
    const key = documentKey(entry);
    if (key) {
      const expected = lastOfDocument.get(key) ?? null;
      if (entry.documentPrevHash !== expected) {
        return { seq: entry.seq, reason: `its document's previous entry is not the one before it in this history: an entry of document ${key} was removed or inserted` };
      }
      lastOfDocument.set(key, entry.hash);
    }
    previous = entry;
  }
  return null;
}
