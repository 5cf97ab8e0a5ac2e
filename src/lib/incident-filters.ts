import type { ParameterReader } from './public-query';

/**
 * The filters a site can put on incidents, the same on the list, the map (GeoJSON) and the
 * figures. Vocabulary terms are named by their stable keys, places by documentId or OCHA p-code.
 */
export interface IncidentFilters {
  from?: string;
  to?: string;
  /** A place includes every place inside it: a governorate selects its towns' incidents too. */
  location?: string[];
  type?: string[];
  weapon?: string[];
  perpetrator?: string[];
  verification?: string[];
  /** Thresholds on the lowest reported figure, as ACLED counts fatalities: "at least N". */
  minKilled?: number;
  minInjured?: number;
}

export const INCIDENT_FILTER_PARAMETERS = [
  'from',
  'to',
  'location',
  'type',
  'weapon',
  'perpetrator',
  'verification',
  'minKilled',
  'minInjured',
] as const;

const MAX_FIGURE = 1_000_000;

export function readIncidentFilters(reader: ParameterReader): IncidentFilters {
  const filters: IncidentFilters = {
    from: reader.date('from'),
    to: reader.date('to'),
    location: reader.list('location'),
    type: reader.list('type'),
    weapon: reader.list('weapon'),
    perpetrator: reader.list('perpetrator'),
    verification: reader.list('verification'),
    minKilled: reader.integer('minKilled', { min: 0, max: MAX_FIGURE }),
    minInjured: reader.integer('minInjured', { min: 0, max: MAX_FIGURE }),
  };
  if (filters.from && filters.to && filters.from > filters.to) {
    reader.problem('to', `to (${filters.to}) is before from (${filters.from})`);
  }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as IncidentFilters;
}
