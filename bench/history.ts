/**
 * The History panel's reads: the first and a middle page of a document's history at 1,000 versions,
 * side by side with the same pages of a document with 10, timed over HTTP and their queries
 * counted. A page's cost must not grow with the length of the history.
 *
 * Run: npm run bench:history (SQLite; DATABASE_CLIENT=postgres for PostgreSQL; VERSIONS=1000, REQUESTS=100).
 */
import request from 'supertest';
import { compileApp } from '../scripts/compile-app';
import { loginAdmin } from '../tests/helpers/auth';
import { createIncident } from '../tests/helpers/fixtures';
import { countQueries } from '../tests/helpers/query-counter';
import { startStrapi } from '../tests/helpers/strapi';
import { elapsedMs, median } from './stats';

const VERSIONS = Number(process.env.VERSIONS ?? 1000);
const REQUESTS = Number(process.env.REQUESTS ?? 100);
const INCIDENT = 'api::incident.incident';


async function main() {
  await compileApp();
  const app = await startStrapi();
  const { strapi } = app;
  try {
    const token = await loginAdmin(strapi, app.server, 'strapi-editor');
    const withVersions = async (count: number) => {
      const incident = await createIncident(strapi, { casualties: { killedMin: 0, killedMax: 0 } });
      for (let n = 1; n < count; n += 1) {
        await strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { casualties: { killedMin: n, killedMax: n + 2 } } } as any);
      }
      return incident.documentId;
    };
    const started = process.hrtime.bigint();
    const long = await withVersions(VERSIONS);
    console.log(`${VERSIONS} versions written in ${(elapsedMs(started) / 1000).toFixed(1)} s`);
    const short = await withVersions(10);

    const page = async (documentId: string, number: number) => {
      const get = () => request(app.server).get(`/evidence-trail/history/${INCIDENT}/${documentId}?page=${number}&pageSize=20`).set('Authorization', `Bearer ${token}`).expect(200);
      const times: number[] = [];
      for (let n = 0; n < REQUESTS; n += 1) {
        const start = process.hrtime.bigint();
        await get();
        times.push(elapsedMs(start));
      }
      return { median: median(times), queries: (await countQueries(strapi, get)).queries };
    };

    console.log(`\nHistory panel, ${process.env.DATABASE_CLIENT ?? 'sqlite'}, ${REQUESTS} requests each, medians, 20 entries a page\n`);
    console.log('| page | 10 versions ms | queries | ' + `${VERSIONS} versions ms | queries | ratio |\n|---|---|---|---|---|---|`);
    for (const number of [1, Math.max(1, Math.floor(VERSIONS / 40))]) {
      const few = await page(short, Math.min(number, 1));
      const many = await page(long, number);
      console.log(`| ${number} | ${few.median.toFixed(2)} | ${few.queries} | ${many.median.toFixed(2)} | ${many.queries} | ${(many.median / few.median).toFixed(2)} |`);
    }
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
