import type { Entry } from '../shared/contracts';
import { canRestore, fieldChangesOf, restoredFrom } from '../admin/src/utils/changes';
import { valueLines } from '../admin/src/utils/values';

/** How the History panel reads the values and changes the trail keeps (admin/src/utils). */
test('values read as lines: text as is, relations by label, files by name and hash prefix, components as key: value', () => {
  expect(valueLines('line one\nline two')).toEqual(['line one', 'line two']);
  expect(valueLines(42)).toEqual(['42']);
  expect(valueLines(null)).toEqual([]);
  expect(valueLines('')).toEqual([]);
  expect(valueLines([{ documentId: 'w1', label: 'Cluster munitions' }, { documentId: 'w2', label: null }])).toEqual(['Cluster munitions', 'w2']);
  expect(valueLines({ id: 3, name: 'report.pdf', sha256: '0123456789abcdef0123' })).toEqual(['report.pdf (0123456789ab)']);
  expect(valueLines({ id: 7, killedMin: 20, killedMax: null, notes: 'estimate' })).toEqual(['killedMin: 20', 'killedMax: —', 'notes: estimate']);
  expect(valueLines([{ type: 'paragraph', children: [{ type: 'text', text: 'First.' }] }])).toEqual(['First.']);
});

const entry = (action: string, changes: Entry['changes'], kind: Entry['kind'] = 'change'): Entry =>
  ({ seq: 5, at: '2026-01-01T00:00:00Z', kind, actor: { kind: 'server' }, route: null, action, uid: 'api::article.article', documentId: 'd1', locale: 'ar', changes, prevHash: '', documentPrevHash: null, hash: '' });

test("a restore's field changes are under `fields`; a deletion cannot be restored, nor a refusal", () => {
  const change = { locale: 'ar', version: 'draft' as const, field: 'summary', before: 'a', after: 'b' };
  expect(fieldChangesOf(entry('update', [change]))).toEqual([change]);
  expect(fieldChangesOf(entry('restore', { restoredFrom: 2, fields: [change] }))).toEqual([change]);
  expect(restoredFrom(entry('restore', { restoredFrom: 2, fields: [change] }))).toBe(2);
  expect(fieldChangesOf(entry('update', { documentId: 'd1', fields: ['section'] }, 'refusal'))).toEqual([]);
  expect(canRestore(entry('update', [change]))).toBe(true);
  expect(canRestore(entry('delete', [change]))).toBe(false);
  expect(canRestore(entry('update', {}, 'refusal'))).toBe(false);
});
