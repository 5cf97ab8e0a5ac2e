import type { Core } from '@strapi/strapi';
import { oneRowPerDocument, placeDirectory } from '@syria-cms/strapi-server-helpers';

/**
 * The incident reads of maps and figures as the Query Engine makes them, for tests to compare the
 * services' own statements with: every matching published version with Strapi's relation filters,
 * one per document in the locale or a fallback, counted in the test.
 */
const INCIDENT = 'api::incident.incident';
const CASUALTIES = { select: ['killedMin', 'killedMax', 'injuredMin', 'injuredMax'] };
const TERM = { select: ['key', 'label'] };

/**
 * The Query Engine's reading: the version of each incident a reader of `locale` sees (its
 * published version in the locale, otherwise the first of its published versions, newest then
 * oldest row), where it matches, with its relations; newest first.
 */
export async function referenceReading(strapi: Core.Strapi, conditions: object, locale: string) {
  const matching: any[] = await strapi.db.query(INCIDENT).findMany({
    where: { $and: [conditions, { publishedAt: { $notNull: true } }] },
    select: ['id', 'documentId'],
    populate: { casualties: CASUALTIES, location: { select: ['documentId'] }, weapons: TERM, perpetrators: { populate: { actor: TERM } } },
  });
  const versions: any[] = await strapi.db.query(INCIDENT).findMany({
    where: { documentId: { $in: [...new Set(matching.map((row) => row.documentId))] }, publishedAt: { $notNull: true } },
    select: ['id', 'documentId', 'locale', 'date'],
    orderBy: [{ date: 'desc' }, { id: 'asc' }],
  });
  const seen = new Map(matching.map((row) => [row.id, row]));
  return [...oneRowPerDocument(versions, locale).values()]
    .filter((chosen) => seen.has(chosen.id))
    .map((chosen) => ({ ...seen.get(chosen.id), ...chosen }))
    .sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? 1 : -1));
}

/** The figures as the service counted them before (incident-figures.ts at d10399b). */
export async function referenceFigures(strapi: Core.Strapi, conditions: object, groupBy: string, locale: string) {
  const places = await placeDirectory(strapi, 'api::location.location');
  const names = places.inLocale(locale);
  const unknown = [{ key: null, label: null }];
  const terms = (rows: any[]) => (rows.length > 0 ? [...new Map(rows.map((row) => [row.key, { key: row.key, label: row.label }])).values()] : unknown);
  const keysOf = (incident: any): { key: string | null; label: string | null }[] => {
    if (groupBy === 'month') return [{ key: String(incident.date).slice(0, 7), label: String(incident.date).slice(0, 7) }];
    if (groupBy === 'weapon') return terms(incident.weapons ?? []);
    if (groupBy === 'perpetrator') return terms((incident.perpetrators ?? []).map((a: any) => a.actor).filter(Boolean));
    const governorate = incident.location ? places.ancestorAt(incident.location.documentId, 'governorate') : null;
    return governorate ? [{ key: places.find(governorate)?.pcode ?? governorate, label: names.nameOf(governorate) }] : unknown;
  };
  const empty = (key: string | null, label: string | null) => ({ key, label, incidents: 0, killed: { min: 0, max: 0 }, injured: { min: 0, max: 0 } });
  const add = (group: any, c: any) => {
    group.incidents += 1;
    group.killed.min += c?.killedMin ?? 0;
    group.killed.max += c?.killedMax ?? c?.killedMin ?? 0;
    group.injured.min += c?.injuredMin ?? 0;
    group.injured.max += c?.injuredMax ?? c?.injuredMin ?? 0;
  };
  const groups = new Map<string | null, any>();
  const total = empty(null, null);
  for (const incident of await referenceReading(strapi, conditions, locale)) {
    add(total, incident.casualties);
    for (const { key, label } of keysOf(incident)) {
      if (!groups.has(key)) groups.set(key, empty(key, label));
      add(groups.get(key), incident.casualties);
    }
  }
  const data = [...groups.values()].sort(
    groupBy === 'month'
      ? (a, b) => (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff')
      : (a, b) => b.incidents - a.incidents || (a.label ?? '').localeCompare(b.label ?? '')
  );
  return { data, meta: { groupBy, locale, total: { incidents: total.incidents, killed: total.killed, injured: total.injured } } };
}
