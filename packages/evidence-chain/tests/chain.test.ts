import fc from 'fast-check';
import { canonicalJson, entryHash, GENESIS, verifyChain, type TrailEntry } from '../src';

/** A trail of entries over a few documents, chained as the trail writes them. */
function trail(specs: { documentId: string | null; changes: unknown }[]): TrailEntry[] {
  const entries: TrailEntry[] = [];
  const last = new Map<string, string>();
  for (const [index, spec] of specs.entries()) {
    const key = spec.documentId ? `api::incident.incident:${spec.documentId}` : null;
    const content = {
      seq: index + 1,
      at: new Date(Date.UTC(2017, 3, 10, 0, index)).toISOString(),
      kind: 'change',
      actor: { kind: 'admin', id: 1 },
      route: 'PUT /content-manager/collection-types/api::incident.incident/:id',
      action: 'update',
      uid: 'api::incident.incident',
      documentId: spec.documentId,
      locale: 'en',
      changes: spec.changes,
      prevHash: entries.at(-1)?.hash ?? GENESIS,
      documentPrevHash: key ? (last.get(key) ?? null) : null,
    };
    const entry = { ...content, hash: entryHash(content) };
    if (key) last.set(key, entry.hash);
    entries.push(entry);
  }
  return entries;
}

const specs = fc.array(
  fc.record({ documentId: fc.constantFrom('a', 'b', 'c', null), changes: fc.jsonValue() }),
  { minLength: 2, maxLength: 30 }
);

test('canonical JSON does not depend on key order, at any depth', () => {
  expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
  expect(canonicalJson({ killedMin: 20, killedMax: undefined })).toBe('{"killedMin":20}');
});

test('a trail as written verifies, whole and one document at a time', () => {
  fc.assert(
    fc.property(specs, (written) => {
      const entries = trail(written);
      expect(verifyChain(entries, { whole: true })).toBeNull();
      for (const documentId of ['a', 'b', 'c']) {
        expect(verifyChain(entries.filter((entry) => entry.documentId === documentId), { whole: false })).toBeNull();
      }
    })
  );
});

test('changing any entry, by a field or a figure, is found and the entry named', () => {
  fc.assert(
    fc.property(specs, fc.nat(), fc.constantFrom('changes', 'actor', 'at', 'action', 'locale'), (written, pick, field) => {
      const entries = trail(written);
      const victim = entries[pick % entries.length];
      const edited = entries.map((entry) => (entry === victim ? { ...entry, [field]: field === 'changes' ? { killedMin: 2 } : 'edited' } : entry));
      if (canonicalJson(edited[pick % entries.length]) === canonicalJson(victim)) return; // the edit changed nothing
      expect(verifyChain(edited, { whole: true })).toEqual({ seq: victim.seq, reason: expect.stringContaining('does not match its hash') });
    })
  );
});

test('removing an entry is found at the entry after it', () => {
  fc.assert(
    fc.property(specs, fc.nat(), (written, pick) => {
      const entries = trail(written);
      const removed = pick % (entries.length - 1); // not the last: a tail cut is checked against an exported head, below
      const rest = entries.filter((_, index) => index !== removed);
      expect(verifyChain(rest, { whole: true })?.seq).toBe(entries[removed + 1].seq);
    })
  );
});

test("one document's exported history with an entry taken out fails at the entry after it", () => {
  const entries = trail([
    { documentId: 'a', changes: { killedMin: [null, 20] } },
    { documentId: 'b', changes: {} },
    { documentId: 'a', changes: { killedMin: [20, 23] } },
    { documentId: 'a', changes: { killedMax: [null, 30] } },
  ]);
  const history = entries.filter((entry) => entry.documentId === 'a');
  expect(verifyChain(history, { whole: false })).toBeNull();
  expect(verifyChain([history[0], history[2]], { whole: false })).toEqual({ seq: 4, reason: expect.stringContaining('removed or inserted') });
});
