/**
 * What our document rules cost per save: the same Document Service updates timed and counted with
 * every rule of ours running (evidence trail, authority, validation, slugs, search text, shared
 * relations, links, translation states), with all but the evidence trail, and with them all switched
 * off (plain Strapi), in one run, on the demo content.
 *
 * Run: npm run bench:save (SQLite; DATABASE_CLIENT=postgres for PostgreSQL; ROUNDS=200 by default).
 */
import path from 'node:path';
import { compileApp } from '../scripts/compile-app';
import { loadDemoData } from '../src/bootstrap/demo-data';
import { skipWriteStep, suspendWriteSteps } from '@syria-cms/strapi-server-helpers';
import { countQueries } from '../tests/helpers/query-counter';
import { startStrapi } from '../tests/helpers/strapi';
import { elapsedMs, median } from './stats';

const ROUNDS = Number(process.env.ROUNDS ?? 200);
const ARTICLE = 'api::article.article';
const INCIDENT = 'api::incident.incident';
const WEAPON = 'api::weapon.weapon';


async function main() {
  await compileApp();
  const app = await startStrapi();
  const { strapi } = app;
  try {
    await loadDemoData(strapi);
    const article = await strapi.db.query(ARTICLE).findOne({ where: { locale: 'en' } });
    const incident = await strapi.db.query(INCIDENT).findOne({ where: { locale: 'en' } });
    const weapons = (await strapi.db.query(WEAPON).findMany({ where: { locale: 'en' }, select: ['documentId'] })).map((w: any) => w.documentId);

    const saves: [string, (round: number) => Promise<unknown>][] = [
      ['article: English summary', (round) => strapi.documents(ARTICLE).update({ documentId: article.documentId, locale: 'en', data: { summary: `Summary ${round}` } } as any)],
      ['incident: Arabic description', (round) => strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'ar', data: { description: `وصف ${round}` } } as any)],
      [
        'incident: weapons, casualties and date (shared, with relations)',
        (round) =>
          strapi.documents(INCIDENT).update({
            documentId: incident.documentId,
            locale: 'en',
            data: { weapons: [weapons[round % weapons.length]], casualties: { killedMin: round, killedMax: round + 2 }, date: '2017-04-04' },
          } as any),
      ],
    ];

    const measure = async (save: (round: number) => Promise<unknown>) => {
      const times: number[] = [];
      let queries = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        // Timed inside the count: countQueries first waits for the connection to be quiet.
        const counted = await countQueries(strapi, async () => {
          const start = process.hrtime.bigint();
          await save(round);
          times.push(elapsedMs(start));
        });
        queries = counted.queries;
      }
      return { median: median(times), queries };
    };

    console.log(`\nCost of a save, ${process.env.DATABASE_CLIENT ?? 'sqlite'}, ${ROUNDS} saves each, medians\n`);
    console.log(
      '| save | ours ms | without the evidence trail ms | plain Strapi ms | ours ÷ plain | trail\'s share | ours queries | without trail | plain queries |\n|---|---|---|---|---|---|---|---|---|'
    );
    for (const [name, save] of saves) {
      const ours = await measure(save);
      const resumeTrail = skipWriteStep(strapi, 'evidence-trail.record');
      const untracked = await measure(save).finally(resumeTrail);
      const resume = suspendWriteSteps(strapi);
      const plain = await measure(save).finally(resume);
      console.log(
        `| ${name} | ${ours.median.toFixed(2)} | ${untracked.median.toFixed(2)} | ${plain.median.toFixed(2)} | ${(ours.median / plain.median).toFixed(2)} | ` +
          `${(ours.median - untracked.median).toFixed(2)} ms | ${ours.queries} | ${untracked.queries} | ${plain.queries} |`
      );
    }
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
