/**
 * What the translation workflow costs per save: the same article updates timed with the workflow's
 * document middleware doing its work, and the work itself (the reads and writes it adds) timed and
 * counted on its own, in one run. Run: npm run bench:translation (SQLite; DATABASE_CLIENT=postgres for PostgreSQL).
 */
import path from 'node:path';
import { compileApp } from '../scripts/compile-app';
import { loadDemoData } from '../src/bootstrap/demo-data';
import { countQueries } from '../tests/helpers/query-counter';
import { startStrapi } from '../tests/helpers/strapi';
import { elapsedMs } from './stats';

const ROUNDS = Number(process.env.ROUNDS ?? 300);
const ARTICLE = 'api::article.article';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function main() {
  await compileApp();
  const app = await startStrapi();
  try {
    await loadDemoData(app.strapi);
    const { documentId } = await app.strapi.db.query(ARTICLE).findOne({ where: { locale: 'en' } });
    const states = app.strapi.plugin('translation-workflow').service('states');

    const saves: number[] = [];
    const work: number[] = [];
    let saveQueries = 0;
    let workQueries = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const data = { summary: `Summary revision ${round}` };
      // Timed inside each count: countQueries first waits for the connection to be quiet.
      const save = await countQueries(app.strapi, async () => {
        const start = process.hrtime.bigint();
        await app.strapi.documents(ARTICLE).update({ documentId, locale: 'en', data } as any);
        saves.push(elapsedMs(start));
      });
      saveQueries = save.queries;

      // The middleware's own work for such a save: the text before it, and the recomputation after.
      const own = await countQueries(app.strapi, async () => {
        const start = process.hrtime.bigint();
        await states.fieldsOf(ARTICLE, documentId, 'en');
        await states.refresh(ARTICLE, documentId, { kind: 'save', locale: 'en', before: { summary: 'x' } });
        work.push(elapsedMs(start));
      });
      workQueries = own.queries;
    }
    const line = (name: string, values: number[], queries: number) =>
      `| ${name} | ${percentile(values, 50).toFixed(2)} | ${percentile(values, 95).toFixed(2)} | ${queries} |`;
    console.log(`\nTranslation workflow cost per save, ${process.env.DATABASE_CLIENT ?? 'sqlite'}, ${ROUNDS} saves of the seed article\n`);
    console.log('| what | p50 ms | p95 ms | queries |\n|---|---|---|---|');
    console.log(line('whole save (Document Service update, all middlewares)', saves, saveQueries));
    console.log(line("the workflow's part of it", work, workQueries));
    console.log(`\nShare of a save: ${((100 * percentile(work, 50)) / percentile(saves, 50)).toFixed(0)}% at the median.`);
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
