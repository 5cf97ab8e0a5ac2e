import type { Core } from '@strapi/strapi';
import { ensureIndex, grantPluginActions, metadataOf } from '@syria-cms/strapi-server-helpers';
import type { TranslationWorkflowConfig } from './config';
import { PLUGIN_ID, READ_ACTION } from '../../shared/constants';
import { STATE } from './constants';
import { getService } from './utils';

/** Idempotent: indexes, the read permission for editors and translators, and states for content that has none. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndex(strapi, STATE, 'document_locale_unique', ['contentType', 'targetDocumentId', 'locale'], { unique: true });
  await ensureIndex(strapi, STATE, 'queue_idx', ['locale', 'status'], { unique: false });

  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as TranslationWorkflowConfig;
  await grantPluginActions(strapi, PLUGIN_ID, [READ_ACTION], [{ roles: config.readerRoles, actions: [READ_ACTION.action] }]);

  await backfill(strapi);
};

/**
 * Documents written before the workflow existed (or by a bulk import through the query engine)
 * get their state once; their existing translations count as up to date.
 */
async function backfill(strapi: Core.Strapi) {
  let filled = 0;
  for (const uid of getService('models').translatedTypes()) {
    const { tableName } = metadataOf(strapi, uid);
    const stateTable = strapi.db.metadata.get(STATE).tableName;
    // NOT EXISTS, not NOT IN: once PostgreSQL knows the states table is larger than its work
    // memory it checks NOT IN by scanning the states for every row (a start on 100,000 incidents
    // ran that for over 13 minutes); NOT EXISTS is an anti-join on both databases.
    const missing: { document_id: string }[] = await strapi.db
      .connection(`${tableName} as d`)
      .distinct('d.document_id')
      .whereNotExists(
        strapi.db.connection(`${stateTable} as s`).select(strapi.db.connection.raw('1')).whereRaw('?? = ??', ['s.target_document_id', 'd.document_id']).where('s.content_type', uid)
      );
    await getService('states').recordMissing(uid, missing.map((row) => row.document_id));
    filled += missing.length;
  }
  if (filled > 0) strapi.log.info(`translation-workflow: recorded the translation state of ${filled} documents`);
}
