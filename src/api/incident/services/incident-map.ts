import type { Core } from '@strapi/strapi';
import type { Conditions } from './incident-query';
import { getService } from '../../../services';

const TERM = { select: ['key', 'label'] };

/** The shape a map needs of an incident: where, when, what, by whom, how many. */
const MAP_SHAPE = {
  select: ['title', 'date', 'datePrecision', 'verificationStatus', 'locationPrecision'],
  populate: {
    location: { select: ['documentId', 'name', 'latitude', 'longitude', 'coordinatesApproximate'] },
    incidentType: TERM,
    weapons: TERM,
    perpetrators: { populate: { actor: TERM } },
    casualties: { select: ['killedMin', 'killedMax', 'injuredMin', 'injuredMax'] },
  },
};

const term = (row: any) => (row ? { key: row.key, label: row.label } : null);
const range = (min: unknown, max: unknown) => ({ min: min ?? null, max: max ?? null });
const coordinate = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));

/**
 * Incidents as an RFC 7946 GeoJSON FeatureCollection: positions are [longitude, latitude] in
 * WGS 84, properties are in the requested locale. An incident whose place has no coordinates
 * cannot be drawn and is left out (`meta.withoutCoordinates` counts them).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async featureCollection(conditions: Conditions, locale: string) {
    const incidents = await getService('api::incident.incident-query').published(conditions, locale, MAP_SHAPE);
    const features = [];
    let withoutCoordinates = 0;
    for (const incident of incidents) {
      const longitude = coordinate(incident.location?.longitude);
      const latitude = coordinate(incident.location?.latitude);
      if (longitude === null || latitude === null) {
        withoutCoordinates += 1;
        continue;
      }
      features.push({
        type: 'Feature',
        id: incident.documentId,
        geometry: { type: 'Point', coordinates: [longitude, latitude] },
        properties: {
          documentId: incident.documentId,
          title: incident.title,
          date: incident.date,
          datePrecision: incident.datePrecision,
          incidentType: term(incident.incidentType),
          weapons: (incident.weapons ?? []).map(term),
          perpetrators: (incident.perpetrators ?? []).map((attribution: any) => ({ ...term(attribution.actor), certainty: attribution.certainty })),
          killed: range(incident.casualties?.killedMin, incident.casualties?.killedMax),
          injured: range(incident.casualties?.injuredMin, incident.casualties?.injuredMax),
          verificationStatus: incident.verificationStatus,
          location: {
            documentId: incident.location.documentId,
            name: incident.location.name,
            precision: incident.locationPrecision,
            coordinatesApproximate: Boolean(incident.location.coordinatesApproximate),
          },
          locale: incident.locale,
          localeFallback: incident.localeFallback,
        },
      });
    }
    return { type: 'FeatureCollection', features, meta: { locale, withoutCoordinates } };
  },
});
