import type { Core } from '@strapi/strapi';
import { afterCommit } from '../lib/after-commit';
import { INCIDENT } from '../uids';
import { monthOf } from './months';
import { MONTH_VERSIONS } from './tables';

/** What an incident row is to the monthly sums: published rows count in the month of their date. */
interface RowSeen {
  date?: unknown;
  publishedAt?: unknown;
}

/**
 * Moves on the version of every month a write of incidents can change the sums of: the months of
 * the published rows it updates or deletes (read before the write) and of the published rows it
 * leaves (after). At the Query Engine's lifecycles, which the Document Service (publish, unpublish,
 * delete, the non-localized fields it copies to the other locales), the importer and the admin
 * panel's own writes all reach. After the commit and before the write returns
 * (src/lib/after-commit.ts): a read that saw the months' versions before the commit stores its
 * sums under the old versions, which the move makes stale; moved before the commit, a read could
 * store the old rows' sums under the new versions. Drafts count in no sums and move nothing. A
 * casualty figure is a component of its incident's row, written with it.
 */
export function moveMonthsOnIncidentWrites(strapi: Core.Strapi) {
  const rowsBefore = async (event: any) => {
    const rows: RowSeen[] = await strapi.db.query(INCIDENT).findMany({ where: event.params.where, select: ['date', 'publishedAt'] });
    // An update that publishes brings drafts into the sums; a draft's save (with its date) does not.
    event.state.publishes = Boolean(event.params?.data?.publishedAt);
    event.state.monthsBefore = monthsOfRows(rows, event.state.publishes);
  };
  const moveAfter = async (event: any, rowsAfter: RowSeen[]) => {
    const months = new Set<string>([...(event.state.monthsBefore ?? []), ...monthsOfRows(rowsAfter, false)]);
    if (months.size > 0) await afterCommit(strapi, () => moveOn(strapi, [...months]));
  };
  strapi.db.lifecycles.subscribe({
    models: [INCIDENT],
    beforeUpdate: rowsBefore,
    beforeUpdateMany: rowsBefore,
    beforeDelete: rowsBefore,
    beforeDeleteMany: rowsBefore,
    afterCreate: (event: any) => moveAfter(event, [event.result]),
    afterCreateMany: (event: any) => moveAfter(event, [event.params?.data ?? []].flat()),
    afterUpdate: (event: any) => moveAfter(event, [event.result]),
    // The rows an updateMany left are those it found, with what it set: published if it published them or found published ones.
    afterUpdateMany: (event: any) => {
      const { date } = event.params?.data ?? {};
      const published = event.state.publishes || event.state.monthsBefore?.length > 0;
      return moveAfter(event, date !== undefined && published ? [{ date, publishedAt: true }] : []);
    },
    afterDelete: (event: any) => moveAfter(event, []),
    afterDeleteMany: (event: any) => moveAfter(event, []),
  } as any);
}

function monthsOfRows(rows: (RowSeen | null | undefined)[], draftsCount: boolean): string[] {
  const months = new Set<string>();
  for (const row of rows) {
    if (!row || (!draftsCount && !row.publishedAt)) continue;
    const date = row.date instanceof Date ? row.date.toISOString() : row.date;
    if (typeof date === 'string' && /^\d{4}-\d{2}/.test(date)) months.add(monthOf(date));
  }
  return [...months];
}

/** One statement: each month's version one more, from 1 for a month not written before. */
async function moveOn(strapi: Core.Strapi, months: string[]) {
  // In the write's transaction when it runs inside one (after-commit.ts's fallback): SQLite has one connection.
  await strapi.db.transaction(({ trx }: any) =>
    trx(MONTH_VERSIONS)
      .insert(months.sort().map((month) => ({ month, version: 1 })))
      .onConflict('month')
      .merge({ version: trx.raw('?? + 1', [`${MONTH_VERSIONS}.version`]) })
  );
}
