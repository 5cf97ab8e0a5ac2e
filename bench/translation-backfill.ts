/**
 * What a start spends recording the translation state of documents that have none (written by a
 * bulk import through the Query Engine, or before the workflow): the same documents recorded one
 * at a time (the state service's refresh, as the start did) and in the start's batches, side by
 * side in one run, rounds alternating. Run: npm run bench:backfill (SQLite; DATABASE_CLIENT=postgres
 * for PostgreSQL; DOCUMENTS, ROUNDS).
 */
import { compileApp } from '../scripts/compile-app';
import { INCIDENT } from '../src/uids';
import { startStrapi } from '../tests/helpers/strapi';
import { runMain } from './run';
import { elapsedMs } from './stats';

const DOCUMENTS = Number(process.env.DOCUMENTS ?? 3000);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const WRITTEN_TOGETHER = 500;
const STATE = 'plugin::translation-workflow.state';

async function main() {
  await compileApp();
  const app = await startStrapi();
  try {
    // Incidents written through the Query Engine, as an import does: no state is recorded for them.
    const stamp = Date.now();
    const rows = Array.from({ length: DOCUMENTS }, (_, n) => ({
      documentId: `backfill${stamp}x${n}`,
      locale: n % 3 === 0 ? 'ar' : 'en',
      title: `Backfilled incident ${n}`,
      date: '2016-05-01',
      publishedAt: null,
    }));
    for (let start = 0; start < rows.length; start += WRITTEN_TOGETHER) await app.strapi.db.query(INCIDENT).createMany({ data: rows.slice(start, start + WRITTEN_TOGETHER) });
    const ids = rows.map((row) => row.documentId);
    const states = app.strapi.plugin('translation-workflow').service('states');
    const forget = () => app.strapi.db.query(STATE).deleteMany({ where: { targetDocumentId: { $in: ids } } });
    const timed = async (record: () => Promise<void>) => {
      await forget();
      const start = process.hrtime.bigint();
      await record();
      return elapsedMs(start);
    };

    console.log(`\nRecording the translation state of ${DOCUMENTS} incidents, ${process.env.DATABASE_CLIENT ?? 'sqlite'}\n`);
    console.log('| round | one at a time ms | in batches (recordMissing) ms | ratio |\n|---|---|---|---|');
    for (let round = 1; round <= ROUNDS; round += 1) {
      const alone = await timed(async () => {
        for (const id of ids) await states.refresh(INCIDENT, id);
      });
      const batched = await timed(() => states.recordMissing(INCIDENT, ids));
      console.log(`| ${round} | ${alone.toFixed(0)} | ${batched.toFixed(0)} | ${(alone / batched).toFixed(1)}× |`);
    }
  } finally {
    await app.stop();
  }
}

runMain(main);
