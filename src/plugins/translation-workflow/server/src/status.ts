import type { LocaleStatus, Status } from '../../shared/contracts';

export type { LocaleStatus };

/**
 * The translation rules, pure. A locale's translation is "based on" a snapshot of each other
 * locale's localized fields; it is outdated when another locale's fields now differ from that
 * snapshot. Either locale may be the original.
 */
export type Fields = Record<string, unknown>;
/** For one locale: the snapshot of each other locale it was last brought up to date with. */
export type BasedOn = Record<string, Fields>;

export interface Version {
  locale: string;
  fields: Fields;
  published: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const changedFieldNames = (before: Fields | undefined, after: Fields): string[] =>
  Object.keys(after).filter((field) => !same(before?.[field], after[field]));

/**
 * After locale `saved` was written (its fields were `before`, now in `versions`), what each locale
 * is based on. The saved locale is now up to date with every other. Another locale that was up to
 * date with the saved one stays so when the save was a catch-up (the saved locale was behind it),
 * and falls behind when the save was a new edit; one that never saw the saved locale (a new
 * translation) takes it as it is.
 */
export function afterSave(versions: Version[], basedOn: Map<string, BasedOn>, saved: string, before: Fields | null): Map<string, BasedOn> {
  const next = new Map([...basedOn].map(([locale, snapshots]) => [locale, { ...snapshots }]));
  const savedVersion = versions.find((v) => v.locale === saved);
  if (!savedVersion) return next;
  const others = versions.filter((v) => v.locale !== saved);
  const savedWasBehind = others.some((other) => changedFieldNames(basedOn.get(saved)?.[other.locale], other.fields).length > 0);

  next.set(saved, Object.fromEntries(others.map((other) => [other.locale, other.fields])));
  for (const other of others) {
    const snapshots = next.get(other.locale) ?? {};
    const seenSaved = snapshots[saved];
    const wasUpToDate = seenSaved !== undefined && before !== null && changedFieldNames(seenSaved, before).length === 0;
    if (seenSaved === undefined || (wasUpToDate && savedWasBehind)) snapshots[saved] = savedVersion.fields;
    next.set(other.locale, snapshots);
  }
  return next;
}

/** "Still correct": the locale is declared up to date with every other as they are now. */
export function confirm(versions: Version[], basedOn: Map<string, BasedOn>, locale: string): Map<string, BasedOn> {
  const next = new Map(basedOn);
  next.set(locale, Object.fromEntries(versions.filter((v) => v.locale !== locale).map((v) => [v.locale, v.fields])));
  return next;
}

/** When nothing is known yet (content from before the workflow), every locale counts as up to date. */
export function initialBasedOn(versions: Version[]): Map<string, BasedOn> {
  return new Map(versions.map((v) => [v.locale, Object.fromEntries(versions.filter((o) => o.locale !== v.locale).map((o) => [o.locale, o.fields]))]));
}

export function statusOf(locale: string, versions: Version[], basedOn: Map<string, BasedOn>): LocaleStatus {
  const version = versions.find((v) => v.locale === locale);
  const others = versions.filter((v) => v.locale !== locale);
  if (!version) return { locale, status: 'missing', sourceLocale: others[0]?.locale ?? null, changedFields: [] };

  for (const other of others) {
    const snapshot = basedOn.get(locale)?.[other.locale];
    if (!snapshot) continue;
    const changed = changedFieldNames(snapshot, other.fields);
    if (changed.length > 0) {
      return {
        locale,
        status: 'outdated',
        sourceLocale: other.locale,
        changedFields: changed.map((field) => ({ field, before: snapshot[field] ?? null, after: other.fields[field] ?? null })),
      };
    }
  }
  return { locale, status: version.published ? 'published' : 'draft', sourceLocale: others[0]?.locale ?? null, changedFields: [] };
}
