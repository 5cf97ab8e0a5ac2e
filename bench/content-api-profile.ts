import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { listen } from '../tests/helpers/server';
import { INCIDENT, LOCATION } from '../src/uids';
import { gazetteer } from './api-scenarios';
import { getJson } from './http';
import { databaseReason, inFlightMs, timeQueries } from './query-timer';
import { table } from './report';
import { databaseName, log, onGeneratedData, runMain } from './run';
import { ms } from './stats';

/**
 * Where the time of the content API's reads goes, to follow up `npm run bench:api`: each SQL
 * statement of one request to each of our endpoints; for the incident data endpoints (figures,
 * GeoJSON), the services as they are against other ways of reading the same data (one locale
 * only, only the relations a grouping needs, one SQL GROUP BY, an inner join from the places);
 * what serializing and hashing the body costs (http-cache middleware); and how many incidents the
 * figures service can read at once. Prints markdown. Run by hand:
 * `node -r ./bench/register.js bench/content-api-profile.ts` (BENCH_INCIDENTS, DATABASE_CLIENT as for the bench).
 */
const ROUNDS = 5;

/** What src/api/incident/services/incident-figures.ts read before the database summed the figures (incident-sums.ts). */
const TERM = { select: ['key', 'label'] };
const CASUALTIES = { select: ['killedMin', 'killedMax', 'injuredMin', 'injuredMax'] };
const FIGURES_SHAPE = {
  select: ['date'],
  populate: { location: { select: ['documentId'] }, weapons: TERM, perpetrators: { populate: { actor: TERM } }, casualties: CASUALTIES },
};
const MONTH_SHAPE = { select: ['date'], populate: { casualties: CASUALTIES } };

async function main() {
  await onGeneratedData(async (app, generated, sizes) => {
    const base = await listen(app);
    const strapi = app.strapi;
    const query = strapi.service('api::incident.incident-query') as any;
    const places = await gazetteer(strapi);
    const aleppo = places.governorates.find((g) => g.pcode === 'SY02')!;
    const aleppo2016 = { $and: [{ date: { $gte: '2016-01-01' } }, { date: { $lte: '2016-12-31' } }, { location: { documentId: { $in: places.inside(aleppo.documentId) } } }] };
    const englishOnly = (conditions: object) => ({ $and: [conditions, { locale: 'en' }] });

    const statements = await statementsOf(strapi, base, [
      '/api/articles?locale=en&pagination[pageSize]=25&withLinks=true',
      '/api/articles?locale=en&pagination[pageSize]=25&populate[locations]=true',
      `/api/articles/by-slug/${(await strapi.db.query('api::article.article' as any).findOne({ where: { locale: 'en', publishedAt: { $notNull: true } }, select: ['slug'] })).slug}?locale=en`,
      '/api/incidents.geojson?location=SY14&from=2013-01-01&to=2013-12-31&locale=en',
      '/api/incident-figures?groupBy=month&from=2013-01-01&to=2013-12-31&locale=en',
    ]);

    const rows: (string | number)[][] = [];
    const time = async (what: string, work: () => Promise<unknown>) => {
      const failed = await work().then(() => null, (error: Error) => error.message); // also warms up
      if (failed) {
        rows.push([what, `**fails**: ${databaseReason(failed)}`, '', '', '']);
        log(`${what}: fails`);
        return;
      }
      const runs = [];
      for (let i = 0; i < ROUNDS; i += 1) runs.push(await timeQueries(strapi, work));
      const median = runs.sort((a, b) => a.ms - b.ms)[Math.floor(ROUNDS / 2)];
      const count = (r: unknown) => (Array.isArray(r) ? r.length : Array.isArray((r as any)?.features) ? (r as any).features.length : '–');
      rows.push([what, ms(median.ms), ms(inFlightMs(median.queries)), median.queries.length, count(median.result)]);
      log(`${what}: ${ms(median.ms)} ms`);
    };

    const figures = strapi.service('api::incident.incident-figures') as any;
    // The whole archive, and one year (which still works at 100,000 incidents).
    const year2016 = { $and: [{ date: { $gte: '2016-01-01' } }, { date: { $lte: '2016-12-31' } }] };
    for (const [range, conditions] of [['whole archive', {}], ['2016', year2016]] as const) {
      const inLocale = englishOnly(conditions);
      await time(`figures by month, ${range}: the service as it is`, () => figures.figures(conditions, 'month', 'en'));
      await time('  its read: published(), every locale, all relations', () => query.published(conditions, 'en', FIGURES_SHAPE));
      await time('  the read for the requested locale only', () => query.published(inLocale, 'en', FIGURES_SHAPE));
      await time('  the read with only the casualties (what month needs)', () => query.published(conditions, 'en', MONTH_SHAPE));
      await time('  both: casualties only, requested locale only', () => query.published(inLocale, 'en', MONTH_SHAPE));
      await time('  one SQL GROUP BY month (requested locale only)', () => figuresBySql(strapi, 'en', range === '2016' ? ['2016-01-01', '2016-12-31'] : undefined));
    }
    const map = strapi.service('api::incident.incident-map') as any;
    await time('GeoJSON, Aleppo 2016: the service as it is', () => map.featureCollection(aleppo2016, 'en'));
    await time('  for the requested locale only', () => map.featureCollection(englishOnly(aleppo2016), 'en'));
    const quneitra = places.governorates.find((g) => g.pcode === 'SY14')!;
    const quneitraIds = places.inside(quneitra.documentId);
    const quneitra2013 = { $and: [{ date: { $gte: '2013-01-01' } }, { date: { $lte: '2013-12-31' } }, { location: { documentId: { $in: quneitraIds } } }] };
    await time('GeoJSON, Quneitra 2013: the service as it is', () => map.featureCollection(quneitra2013, 'en'));
    await time('  its incident rows as Strapi selects them (left joins)', () =>
      strapi.db.query(INCIDENT as any).findMany({ where: { $and: [quneitra2013, { publishedAt: { $notNull: true } }] }, select: ['id'] })
    );
    await time('  the same rows by an inner join from the places', () => incidentRowsAt(strapi, quneitraIds, '2013-01-01', '2013-12-31'));
    await time('place directory fingerprint (each request with a place filter)', () => placeFingerprint(strapi));

    const limit = await rowLimit(strapi);

    const bodies: (string | number)[][] = [];
    for (const path of ['/api/incidents.geojson?location=SY02&from=2016-01-01&to=2016-12-31&locale=en', '/api/incident-figures?groupBy=month&from=2016-01-01&to=2016-12-31&locale=en', '/api/articles?locale=en&pagination[pageSize]=25&withLinks=true']) {
      const body = await getJson(base + path);
      const start = performance.now();
      const text = JSON.stringify(body);
      createHash('sha1').update(text).digest('base64url');
      bodies.push([`\`${path}\``, `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`, ms(performance.now() - start)]);
    }

    process.stdout.write(`\n## Content API reads, ${databaseName()}, ${generated.sizes.incidents} incidents\n\n${statements}\n\n`);
    process.stdout.write(`### Incident reads (median of ${ROUNDS}, warm)\n\n`);
    process.stdout.write(`${table(['what', 'ms', 'of it SQL ms', 'queries', 'items returned'], rows)}\n\n`);
    process.stdout.write(`${table(['response', 'JSON', 'serialize + SHA-1 ETag ms (http-cache middleware)'], bodies)}\n\n`);
    process.stdout.write(`Figures from 2012 to the end of a year: ${limit}\n`);
  });
}

/** Each request once (warm), with its statements in the order they started and their times. */
async function statementsOf(strapi: Core.Strapi, base: string, paths: string[]) {
  const out: string[] = [];
  for (const path of paths) {
    await getJson(base + path);
    const { queries, ms: total } = await timeQueries(strapi, () => getJson(base + path));
    out.push(`\`${path}\`: ${ms(total)} ms, ${queries.length} statements, ${ms(inFlightMs(queries))} ms with one running`);
    for (const q of queries.sort((a, b) => a.start - b.start)) out.push(`    ${ms(q.ms).padStart(5)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 150)}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * Counts and casualty sums by month in the database, for the published rows of one locale (a
 * fallback to other locales would add a NOT EXISTS on the same document in this locale).
 */
async function figuresBySql(strapi: Core.Strapi, locale: string, between?: [string, string]) {
  const knex = strapi.db.connection;
  const incidents = strapi.db.metadata.get(INCIDENT as any).tableName;
  const month = strapi.db.dialect.client === 'postgres' ? knex.raw(`to_char(i.date, 'YYYY-MM')`) : knex.raw('substr(i.date, 1, 7)');
  return knex(`${incidents} as i`)
    .leftJoin(`${incidents}_cmps as ic`, (join) => join.on('ic.entity_id', 'i.id').andOnVal('ic.field', 'casualties'))
    .leftJoin('components_incident_casualties as c', 'c.id', 'ic.cmp_id')
    .whereNotNull('i.published_at')
    .andWhere('i.locale', locale)
    .modify((q) => (between ? q.whereBetween('i.date', between) : q))
    .select({ month })
    .count({ incidents: '*' })
    .sum({ killedMin: 'c.killed_min', injuredMin: 'c.injured_min' })
    .select(knex.raw('sum(coalesce(c.killed_max, c.killed_min)) as "killedMax"'), knex.raw('sum(coalesce(c.injured_max, c.injured_min)) as "injuredMax"'))
    .groupBy(month)
    .orderBy(1);
}

/**
 * How many incidents the figures service can read at once: it asks for longer and longer date
 * ranges (2012 to the end of each year) and says where it first fails, with the published rows
 * (every locale) the range selects.
 */
async function rowLimit(strapi: Core.Strapi) {
  const figures = strapi.service('api::incident.incident-figures') as any;
  let lastGood = 'none';
  for (let year = 2012; year <= 2024; year += 1) {
    const range = { $and: [{ date: { $gte: '2012-01-01' } }, { date: { $lte: `${year}-12-31` } }] };
    const rows = await strapi.db.query(INCIDENT as any).count({ where: { $and: [range, { publishedAt: { $notNull: true } }] } });
    const failed = await figures.figures(range, 'month', 'en').then(() => null, (error: Error) => error.message);
    if (failed) return `works up to ${lastGood}; 2012–${year} (${rows} published rows, ${rows / 2} incidents) fails: ${databaseReason(failed)}`;
    lastGood = `2012–${year} (${rows} published rows)`;
  }
  return `works for every range, up to ${lastGood}`;
}

/**
 * The published incident rows at the given places in a date range, starting from the places'
 * rows and going through the relation's join table, so that its index on the place serves.
 */
async function incidentRowsAt(strapi: Core.Strapi, placeIds: string[], from: string, to: string) {
  const knex = strapi.db.connection;
  const link = (strapi.db.metadata.get(INCIDENT as any) as any).attributes.location.joinTable;
  return knex(`${strapi.db.metadata.get(LOCATION as any).tableName} as l`)
    .join(`${link.name} as k`, `k.${link.inverseJoinColumn.name}`, 'l.id')
    .join(`${strapi.db.metadata.get(INCIDENT as any).tableName} as i`, 'i.id', `k.${link.joinColumn.name}`)
    .whereIn('l.document_id', placeIds)
    .whereNotNull('i.published_at')
    .whereBetween('i.date', [from, to])
    .select('i.id');
}

/** The query src/server-shared/places.ts runs before each use of its cache. */
async function placeFingerprint(strapi: Core.Strapi) {
  const { tableName } = strapi.db.metadata.get(LOCATION as any);
  return strapi.db.connection(tableName).count({ rows: '*' }).max({ latest: 'updated_at' }).first();
}

runMain(main);
