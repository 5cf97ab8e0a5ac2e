import type { Core } from '@strapi/strapi';
import { queryOf } from '@syria-cms/strapi-server-helpers';
import { SEARCH_SOURCES, searchTextOf } from '../lib/search-text';

/**
 * Rows written before search existed, or around the Document Service (a raw import), have no
 * search words yet; they get them at start. Rows that have them are not touched, so a second
 * start changes nothing.
 */
export async function ensureSearchText(strapi: Core.Strapi) {
  for (const [uid, sources] of Object.entries(SEARCH_SOURCES)) {
    const rows: any[] = await queryOf(strapi, uid).findMany({ where: { searchText: { $null: true } }, select: ['id', ...sources] });
    for (const row of rows) {
      await queryOf(strapi, uid).update({ where: { id: row.id }, data: { searchText: searchTextOf(row, sources) } });
    }
    if (rows.length > 0) strapi.log.info(`Indexed ${rows.length} ${uid} rows for search`);
  }
}
