import type { Core } from '@strapi/strapi';
import { placeDirectory } from '@syria-cms/strapi-server-helpers';
import { LOCATION } from '../../../uids';
import type { Conditions } from './incident-query';
import type { Sums } from './incident-sums';
import { getService } from '../../../services';

export const GROUPINGS = ['month', 'governorate', 'perpetrator', 'weapon'] as const;
export type Grouping = (typeof GROUPINGS)[number];

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
 * Counts of incidents and sums of casualties, grouped. Each incident counts once per group it
 * belongs to: one with two weapons counts under both, so the groups of `weapon` and `perpetrator`
 * can add up to more than the total (which counts each incident once). Incidents without the
 * grouped value fall in a group whose key is null. The database sums them (incident-sums.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async figures(conditions: Conditions, groupBy: Grouping, locale: string) {
    const sums = getService('api::incident.incident-sums');
    const groups = new Map<string | null, Group>();
    const total = emptyGroup(null, null);
    const addTo = (key: string | null, label: string | null, part: Sums) => {
      if (!groups.has(key)) groups.set(key, emptyGroup(key, label));
      addSums(groups.get(key)!, part);
    };
    if (groupBy === 'month' || groupBy === 'governorate') {
      // An incident is in one month and at one place at most: the total is their sum.
      const parts = groupBy === 'month' ? await sums.byMonth(conditions, locale) : await sums.byPlace(conditions, locale);
      const keyOf = groupBy === 'month' ? (part: Sums) => ({ key: part.key, label: part.key }) : await governorateOf(strapi, locale);
      for (const part of parts) {
        const { key, label } = keyOf(part);
        addTo(key, label, part);
        addSums(total, part);
      }
    } else {
      for (const part of groupBy === 'weapon' ? await sums.byWeapon(conditions, locale) : await sums.byPerpetrator(conditions, locale)) addTo(part.key, part.label ?? null, part);
      addSums(total, await sums.total(conditions, locale));
    }
    const data = [...groups.values()].sort(groupBy === 'month' ? byKey : byIncidentsThenLabel);
    return { data, meta: { groupBy, locale, total: { incidents: total.incidents, killed: total.killed, injured: total.injured } } };
  },
});

/** A place's governorate, by p-code, named in the locale; an incident without a place, or outside any governorate, is unknown (null). */
async function governorateOf(strapi: Core.Strapi, locale: string) {
  const places = await placeDirectory(strapi, LOCATION);
  const names = places.inLocale(locale);
  return (part: Sums) => {
    const governorate = part.key ? places.ancestorAt(part.key, 'governorate') : null;
    return governorate ? { key: places.find(governorate)?.pcode ?? governorate, label: names.nameOf(governorate) } : { key: null, label: null };
  };
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
