import { canonicalJson } from '@syria-cms/evidence-chain';
import type { FieldChange } from '../../shared/contracts';

/** One version of a document: a locale's draft or published row, its fields as the trail keeps them. */
export interface Version {
  locale: string | null;
  version: 'draft' | 'published';
  fields: Record<string, unknown>;
}

const keyOf = (version: Pick<Version, 'locale' | 'version'>) => `${version.locale ?? ''}|${version.version}`;

/**
 * Every field that differs between the versions before and after a write, version by version: a
 * version that appears (a first publication, a new translation) lists its fields from null, one
 * that goes (an unpublication, a deleted locale) lists them to null. Pure.
 */
export function diffVersions(before: Version[], after: Version[]): FieldChange[] {
  const previous = new Map(before.map((version) => [keyOf(version), version]));
  const next = new Map(after.map((version) => [keyOf(version), version]));
  const changes: FieldChange[] = [];
  for (const key of [...new Set([...previous.keys(), ...next.keys()])].sort()) {
    const old = previous.get(key);
    const now = next.get(key);
    const { locale, version } = (now ?? old)!;
    for (const field of [...new Set([...Object.keys(old?.fields ?? {}), ...Object.keys(now?.fields ?? {})])].sort()) {
      const was = old?.fields[field] ?? null;
      const is = now?.fields[field] ?? null;
      if (canonicalJson(was) !== canonicalJson(is)) changes.push({ locale, version, field, before: was, after: is });
    }
  }
  return changes;
}

/**
 * The fields of one version as they were after entry N, from the entries after it (oldest
 * first): each field changed later is set back to what the first later change found. Fields no
 * later entry changed are already as they were. Pure.
 */
export function valuesAsOf(later: FieldChange[][], locale: string | null, version: Version['version']): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const changes of later) {
    for (const change of changes) {
      if (change.locale === locale && change.version === version && !(change.field in values)) values[change.field] = change.before;
    }
  }
  return values;
}
