import type { Core } from '@strapi/strapi';
import { ensureIndex, metadataOf } from '@syria-cms/strapi-server-helpers';
import { INCIDENT } from '../uids';

/**
 * Indexes the incident reads of maps and figures need (incident-query.ts, incident-sums.ts),
 * created at every start if missing (Strapi's schema sync leaves indexes it did not create alone).
 *
 * - The published versions in a date range, read from the index alone in date order instead of
 *   looking up each row of the range among drafts and published versions of every locale.
 *   Partial: drafts are half the table and never read there. `published_at` is in it too: SQLite
 *   reads from an index alone only when it holds every column the statement names.
 * - An incident's components (casualties, perpetrators) by incident and field. Strapi's index on
 *   the field alone looks as selective to SQLite, which has no statistics unless ANALYZE runs:
 *   populating a year's casualties at 100,000 incidents read every incident's (150 ms for 250).
 */
export async function ensureIncidentIndexes(strapi: Core.Strapi) {
  await ensureIndex(strapi, INCIDENT, 'published_by_date_idx', ['date', 'documentId', 'locale', 'id', 'publishedAt'], { unique: false, where: 'published_at IS NOT NULL' });
  const { joinTable } = (metadataOf(strapi, INCIDENT).attributes as any).casualties;
  await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${joinTable.name}_entity_field_idx ON ${joinTable.name} (${joinTable.joinColumn.name}, field)`);
}
