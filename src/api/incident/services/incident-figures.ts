import type { Core } from '@strapi/strapi';
import { placeDirectory } from '@syria-cms/strapi-server-helpers';
import { LOCATION } from '../../../uids';
import type { Conditions } from './incident-query';
import { getService } from '../../../services';

export const GROUPINGS = ['month', 'governorate', 'perpetrator', 'weapon'] as const;
export type Grouping = (typeof GROUPINGS)[number];

const TERM = { select: ['key', 'label'] };
const CASUALTIES = { casualties: { select: ['killedMin', 'killedMax', 'injuredMin', 'injuredMax'] } };

/** Only what the grouping reads is loaded: each populated relation is one more query over every incident. */
const SHAPES: Record<Grouping, { select: string[]; populate: Record<string, unknown> }> = {
  month: { select: ['date'], populate: CASUALTIES },
  governorate: { select: [], populate: { ...CASUALTIES, location: { select: ['documentId'] } } },
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
    const incidents = await getService('api::incident.incident-query').published(conditions, locale, SHAPES[groupBy]);
    const keysOf = await groupKeys(strapi, groupBy, locale);
    const groups = new Map<string | null, Group>();
    const total = emptyGroup(null, null);
    for (const incident of incidents) {
      add(total, incident.casualties);
      for (const { key, label } of keysOf(incident)) {
        if (!groups.has(key)) groups.set(key, emptyGroup(key, label));
        add(groups.get(key)!, incident.casualties);
      }
    }
    const data = [...groups.values()].sort(groupBy === 'month' ? byKey : byIncidentsThenLabel);
    return { data, meta: { groupBy, locale, total: { incidents: total.incidents, killed: total.killed, injured: total.injured } } };
  },
});

type KeysOf = (incident: any) => { key: string | null; label: string | null }[];

async function groupKeys(strapi: Core.Strapi, groupBy: Grouping, locale: string): Promise<KeysOf> {
  const unknown = [{ key: null, label: null }];
  // Once per term: an actor named twice on one incident (two attributions) still counts it once.
  const terms = (rows: any[]) =>
    rows.length > 0 ? [...new Map(rows.map((row) => [row.key, { key: row.key, label: row.label }])).values()] : unknown;
  switch (groupBy) {
    case 'month':
      return (incident) => [{ key: incident.date ? String(incident.date).slice(0, 7) : null, label: incident.date ? String(incident.date).slice(0, 7) : null }];
    case 'weapon':
      return (incident) => terms(incident.weapons ?? []);
    case 'perpetrator':
      return (incident) => terms((incident.perpetrators ?? []).map((attribution: any) => attribution.actor).filter(Boolean));
    case 'governorate': {
      const places = await placeDirectory(strapi, LOCATION);
      const names = places.inLocale(locale);
      return (incident) => {
        const governorate = incident.location ? places.ancestorAt(incident.location.documentId, 'governorate') : null;
        if (!governorate) return unknown;
        return [{ key: places.find(governorate)?.pcode ?? governorate, label: names.nameOf(governorate) }];
      };
    }
  }
}

const byKey = (a: Group, b: Group) => (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff');
const byIncidentsThenLabel = (a: Group, b: Group) => b.incidents - a.incidents || (a.label ?? '').localeCompare(b.label ?? '');
