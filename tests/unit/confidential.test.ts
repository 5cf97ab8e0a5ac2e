import { narrowSourceFilters, redactSource, withheldMediaFields } from '../../src/lib/confidential';

describe('confidential sources', () => {
  const source = {
    id: 4,
    documentId: 'abc',
    title: 'Activists in rural Idlib',
    url: 'https://example.org/x',
    publisher: 'Network',
    kind: 'activist-network',
    reliability: 'fairly-reliable',
    contactNotes: 'phone',
    archivedCopy: { url: '/uploads/x.pdf' },
    confidential: true,
  };

  test('show only that they exist, their kind and their reliability', () => {
    expect(redactSource(source)).toEqual({
      id: 4,
      documentId: 'abc',
      kind: 'activist-network',
      reliability: 'fairly-reliable',
      confidential: true,
    });
  });

  test('a source whose flag was not fetched is withheld too', () => {
    const { confidential, ...unknown } = source;
    expect(redactSource(unknown as any)).not.toHaveProperty('title');
  });

  test('public sources pass unchanged', () => {
    const open = { ...source, confidential: false };
    expect(redactSource(open)).toBe(open);
  });

  test('withhold every file they hold, in a field added later too', () => {
    expect(withheldMediaFields({ title: { type: 'string' }, archivedCopy: { type: 'media' }, scans: { type: 'media' } })).toEqual(['archivedCopy', 'scans']);
  });
});

describe('filters on confidential sources', () => {
  const targets: Record<string, Record<string, string>> = {
    incident: { sources: 'source', location: 'location' },
    source: {},
    location: {},
  };
  const targetOf = (uid: string, field: string) => targets[uid]?.[field];

  test('a withheld field is narrowed to public sources, at any depth', () => {
    expect(narrowSourceFilters({ title: { $startsWith: 'Abu' } }, 'source', 'source', targetOf)).toEqual({
      $and: [{ title: { $startsWith: 'Abu' } }, { confidential: false }],
    });
    expect(narrowSourceFilters({ sources: { url: { $contains: 't.me' } } }, 'incident', 'source', targetOf)).toEqual({
      sources: { $and: [{ url: { $contains: 't.me' } }, { confidential: false }] },
    });
    expect(narrowSourceFilters({ $or: [{ sources: { publisher: 'x' } }, { title: 'y' }] }, 'incident', 'source', targetOf)).toEqual({
      $or: [{ sources: { $and: [{ publisher: 'x' }, { confidential: false }] } }, { title: 'y' }],
    });
  });

  test('public fields and other types pass unchanged', () => {
    expect(narrowSourceFilters({ kind: 'eyewitness', reliability: { $in: ['usually-reliable'] } }, 'source', 'source', targetOf)).toEqual({
      kind: 'eyewitness',
      reliability: { $in: ['usually-reliable'] },
    });
    expect(narrowSourceFilters({ title: 'x', location: { name: 'Idlib' } }, 'incident', 'source', targetOf)).toEqual({
      title: 'x',
      location: { name: 'Idlib' },
    });
  });
});
