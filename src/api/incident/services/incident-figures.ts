import type { Core } from '@strapi/strapi';
import { placeDirectory } from '@syria-cms/strapi-server-helpers';
import { LOCATION } from '../../../uids';
import type { Conditions } from './incident-query';
import type { Sums } from './incident-sums';
import { getService } from '../../../services';

export const GROUPINGS = ['month', 'governorate', 'perpetrator', 'weapon'] as const;
export type Grouping = (typeof GROUPINGS)[number];

const TERM = { select: ['key', 'label'] };
const CASUALTIES = { casualties: { select: ['killedMin', 'killedMax', 'injuredMin', 'injuredMax'] } };

/**
 * Weapons and perpetrators are read with each incident and counted here (an incident counts once
 * under each of its terms, with the label its version links to); only what the grouping reads is
 * loaded: each populated relation is one more query over every incident. Months and places are
 * summed by the database (incident-sums.ts).
 */
const SHAPES: Record<'perpetrator' | 'weapon', { select: string[]; populate: Record<string, unknown> }> = {
  perpetrator: { select: [], populate: { ...CASUALTIES, perpetrators: { populate: { actor: TERM } } } },
  weapon: { select: [], populate: { ...CASUALTIES, weapons: TERM } },
};

interface Group {
  key: string | null;
  label: string | null;
  incidents: number;
  killed: { min: number; max: number };
  injured: { min: number; max: number };
}

const emptyGroup = (key: string | null, label: string | null): Group => ({
  key,
  label,
  incidents: 0,
  killed: { min: 0, max: 0 },
  injured: { min: 0, max: 0 },
});

/**
 * A report that gives only a lower figure ("over 20 killed") adds that figure to the maximum too:
 * the sums stay comparable, and `max` reads as "the highest figures reported".
 */
function add(group: Group, casualties: any) {
  const killedMin = casualties?.killedMin ?? 0;
  const injuredMin = casualties?.injuredMin ?? 0;
  group.incidents += 1;
  group.killed.min += killedMin;
  group.killed.max += casualties?.killedMax ?? killedMin;
  group.injured.min += injuredMin;
  group.injured.max += casualties?.injuredMax ?? injuredMin;
}

/**
 * Counts of incidents and sums of casualties, grouped. Each incident counts once per group it
 * belongs to: one with two weapons counts under both, so the groups of `weapon` and `perpetrator`
 * can add up to more than the total (which counts each incident once). Incidents without the
 * grouped value fall in a group whose key is null.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async figures(conditions: Conditions, groupBy: Grouping, locale: string) {
    const { groups, total } = groupBy === 'month' || groupBy === 'governorate' ? await summed(strapi, groupBy, conditions, locale) : await counted(groupBy, conditions, locale);
    const data = [...groups.values()].sort(groupBy === 'month' ? byKey : byIncidentsThenLabel);
    return { data, meta: { groupBy, locale, total: { incidents: total.incidents, killed: total.killed, injured: total.injured } } };
  },
});

/**
 * Months and governorates from the database's sums, by month or by place, each place's added to
 * its governorate's. An incident is in one month and at one place at most: the total is their sum.
 */
async function summed(strapi: Core.Strapi, groupBy: 'month' | 'governorate', conditions: Conditions, locale: string) {
  const sums = getService('api::incident.incident-sums');
  const total = emptyGroup(null, null);
  const groups = new Map<string | null, Group>();
  const addTo = (key: string | null, label: string | null, part: Sums) => {
    if (!groups.has(key)) groups.set(key, emptyGroup(key, label));
    addSums(groups.get(key)!, part);
    addSums(total, part);
  };
  if (groupBy === 'month') {
    for (const month of await sums.byMonth(conditions, locale)) addTo(month.key, month.key, month);
    return { groups, total };
  }
  const places = await placeDirectory(strapi, LOCATION);
  const names = places.inLocale(locale);
  for (const place of await sums.byPlace(conditions, locale)) {
    const governorate = place.key ? places.ancestorAt(place.key, 'governorate') : null;
    if (!governorate) addTo(null, null, place);
    else addTo(places.find(governorate)?.pcode ?? governorate, names.nameOf(governorate), place);
  }
  return { groups, total };
}

/** Weapons and perpetrators: each incident read with its terms, counted once per term. */
async function counted(groupBy: 'weapon' | 'perpetrator', conditions: Conditions, locale: string) {
  const incidents = await getService('api::incident.incident-query').published(conditions, locale, SHAPES[groupBy]);
  const unknown = [{ key: null, label: null }];
  // Once per term: an actor named twice on one incident (two attributions) still counts it once.
  const terms = (rows: any[]) =>
    rows.length > 0 ? [...new Map(rows.map((row) => [row.key, { key: row.key, label: row.label }])).values()] : unknown;
  const termsOf = (incident: any) =>
    terms(groupBy === 'weapon' ? (incident.weapons ?? []) : (incident.perpetrators ?? []).map((attribution: any) => attribution.actor).filter(Boolean));
  const groups = new Map<string | null, Group>();
  const total = emptyGroup(null, null);
  for (const incident of incidents) {
    add(total, incident.casualties);
    for (const { key, label } of termsOf(incident)) {
      if (!groups.has(key)) groups.set(key, emptyGroup(key, label));
      add(groups.get(key)!, incident.casualties);
    }
  }
  return { groups, total };
}

function addSums(group: Group, sums: Sums) {
  group.incidents += sums.incidents;
  group.killed.min += sums.killed.min;
  group.killed.max += sums.killed.max;
  group.injured.min += sums.injured.min;
  group.injured.max += sums.injured.max;
}

const byKey = (a: Group, b: Group) => (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff');
const byIncidentsThenLabel = (a: Group, b: Group) => b.incidents - a.incidents || (a.label ?? '').localeCompare(b.label ?? '');
