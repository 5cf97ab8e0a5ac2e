/**
 * `npm run bench:import`: the import of an ACLED-style file of BENCH_ROWS events (10,000; set
 * 100000 for the large one) on a fresh database (DATABASE_CLIENT's) holding the benchmark
 * gazetteer: the dry run, the commit (one transaction, every write step), the same file again (all
 * unchanged), each with its time, rows per second and the process's peak memory; and, beside
 * them, plain Strapi's Document Service creating the same number of incidents one by one without
 * our write steps or planning (BENCH_PLAIN_ROWS of them, 2,000, scaled to rows per second); and what
 * each write step costs a row (BENCH_STEP_ROWS new rows, 300, committed without it and rolled back;
 * 0 leaves this out). BENCH_ONLY=dry-run measures the dry run alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { skipWriteStep, suspendWriteSteps } from '@syria-cms/strapi-server-helpers';
import { WRITE_STEPS } from '../src/document-middlewares';
import { commitImport, previewImport, type ImportReport } from '../src/data-exchange/import/run';
import { generate, sizesFromEnv } from './generate';
import { placesForEvents, writeAcledFile } from './import-files';
import { appDir, bootApp, databaseName, freeFile, idle, log, machineNote, runMain } from './run';

const ROWS = Number(process.env.BENCH_ROWS ?? 10000);
/** `dry-run`: measure the dry run alone (a large file's commit takes tens of minutes). */
const ONLY_DRY_RUN = process.env.BENCH_ONLY === 'dry-run';
const PLAIN_ROWS = Number(process.env.BENCH_PLAIN_ROWS ?? 2000);
/** Rows of the sample each write step is left out of, to see what it costs. */
const STEP_ROWS = Number(process.env.BENCH_STEP_ROWS ?? 300);

class RolledBack extends Error {}

/** Commits the file in a transaction that is then rolled back: its time, and the database as it was. */
async function commitRolledBack(strapi: any, file: string): Promise<number> {
  const started = performance.now();
  await strapi.db
    .transaction(async () => {
      await commitImport(strapi, file, { mapping: 'acled' });
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return performance.now() - started;
}

interface Measured {
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** Runs `work`, sampling the process's memory every 50 ms: its time and its peaks. */
async function measured<T>(work: () => Promise<T>): Promise<Measured & { result: T }> {
  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  }, 50);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

runMain(async () => {
  const loadAtStart = os.loadavg()[0];
  const { app, stop } = await bootApp();
  const { strapi } = app;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-')), `acled-${ROWS}.csv`);
  try {
    log('generating the gazetteer');
    await generate(strapi, { ...sizesFromEnv(), incidents: 0, articles: 0 });
    await writeAcledFile(file, ROWS, await placesForEvents(strapi));
    const megabytes = fs.statSync(file).size / 2 ** 20;
    log(`wrote ${ROWS} rows (${megabytes.toFixed(1)} MB)`);
    const base = process.memoryUsage();
    const options = { mapping: 'acled' };

    log('dry run');
    const dry = await measured(() => previewImport(strapi, file, options));
    if (dry.result.problemCount > 0) throw new Error(`the generated file has problems: ${JSON.stringify(dry.result.problems.slice(0, 3))}`);
    if (ONLY_DRY_RUN) {
      const text = `# Dry run of an ACLED-style file, ${databaseName()}: ${ROWS} rows (${megabytes.toFixed(1)} MB) in ${dry.seconds.toFixed(1)} s, ${Math.round(ROWS / dry.seconds)} rows/s, peak RSS ${dry.peakRssMb.toFixed(0)} MB (${(base.rss / 2 ** 20).toFixed(0)} before), peak heap ${dry.peakHeapMb.toFixed(0)} MB\n\n${machineNote(loadAtStart)}`;
      fs.writeFileSync(freeFile(path.join(appDir, 'bench', 'results'), `import-dry-run-${databaseName()}-${ROWS}`), `${text}\n`);
      console.log(text);
      return;
    }
    log(`commit (${dry.seconds.toFixed(1)} s dry run)`);
    const commitStarted = performance.now();
    const progress = (done: number) => done % 10000 === 0 && log(`  ${done} rows written in ${((performance.now() - commitStarted) / 1000).toFixed(0)} s`);
    const commit = await measured(() => commitImport(strapi, file, { ...options, onProgress: progress }));
    // Strapi sends an entry event per write after the commit, one after another (patches/): wait
    // for them, so that the next measurement does not pay for them, and say what they took.
    const eventsStarted = performance.now();
    await idle(strapi, 30 * 60 * 1000);
    const eventSeconds = (performance.now() - eventsStarted) / 1000;
    log(`the same file again (${commit.seconds.toFixed(1)} s commit, then ${eventSeconds.toFixed(1)} s of entry events)`);
    const again = await measured(() => previewImport(strapi, file, options));
    const unchanged = again.result.summary.find(({ type }) => type === 'api::incident.incident')!;
    if (unchanged.create + unchanged.update > 0) throw new Error(`the same file again would change ${unchanged.create + unchanged.update} incidents`);

    log(`plain Strapi: ${PLAIN_ROWS} incidents through the Document Service, without our write steps`);
    const resume = suspendWriteSteps(strapi);
    const plain = await measured(async () => {
      const documents = strapi.documents('api::incident.incident');
      await strapi.db.transaction(async () => {
        for (let n = 0; n < PLAIN_ROWS; n++) await documents.create({ locale: 'en', data: { title: `Plain ${n}`, date: '2017-04-09', externalId: `PLAIN-${n}` } as any });
      });
    }).finally(resume);

    const withoutStep: [string, number][] = [];
    const sample = path.join(path.dirname(file), 'sample.csv');
    let every = 0;
    if (STEP_ROWS > 0) {
      log(`where the commit's time goes: ${STEP_ROWS} new rows, each write step left out in turn (rolled back)`);
      await writeAcledFile(sample, STEP_ROWS, await placesForEvents(strapi), 4242);
      // The sample's event ids are the big file's: rename them so that they are new.
      fs.writeFileSync(sample, fs.readFileSync(sample, 'utf8').replace(/^SYR(\d+),/gm, 'SAMPLE$1,'));
      every = await commitRolledBack(strapi, sample);
    }
    for (const step of STEP_ROWS > 0 ? WRITE_STEPS : []) {
      const resume = skipWriteStep(strapi, step);
      try {
        withoutStep.push([step, await commitRolledBack(strapi, sample)]);
      } finally {
        resume();
      }
    }

    const incidents = (report: ImportReport) => report.summary.find(({ type }) => type === 'api::incident.incident')!;
    const perSecond = (rows: number, seconds: number) => Math.round(rows / seconds);
    const line = (name: string, m: Measured, rows: number) =>
      `| ${name} | ${m.seconds.toFixed(1)} s | ${perSecond(rows, m.seconds)} | ${m.peakRssMb.toFixed(0)} MB (+${(m.peakRssMb - base.rss / 2 ** 20).toFixed(0)}) | ${m.peakHeapMb.toFixed(0)} MB |`;
    const report = [
      `# Import of an ACLED-style file, ${databaseName()}, ${new Date().toISOString()}`,
      '',
      `${ROWS} rows (${megabytes.toFixed(1)} MB CSV), ${dry.result.skipped} protests skipped, ${incidents(dry.result).create} incidents and ${dry.result.summary[0].create} sources to create; gazetteer of ${sizesFromEnv().locations} places.`,
      `Process memory before: ${(base.rss / 2 ** 20).toFixed(0)} MB RSS, ${(base.heapUsed / 2 ** 20).toFixed(0)} MB heap.`,
      '',
      '| step | time | rows/s | peak RSS | peak heap |',
      '|---|---|---|---|---|',
      line('dry run', dry, ROWS),
      line('commit (plans again, writes in one transaction)', commit, ROWS),
      `| then Strapi's entry events for webhooks, one after another | ${eventSeconds.toFixed(1)} s | | | |`,
      line('the same file again (dry run: all unchanged)', again, ROWS),
      line(`plain Strapi: Document Service create, no write steps (${PLAIN_ROWS} rows)`, plain, PLAIN_ROWS),
      '',
      `Commit ÷ plain Strapi's create, in rows/s: ${(perSecond(ROWS, commit.seconds) / perSecond(PLAIN_ROWS, plain.seconds)).toFixed(2)}.`,
      '',
      ...(STEP_ROWS > 0
        ? [
            `Where the commit's time goes (${STEP_ROWS} new rows, rolled back): ${(every / STEP_ROWS).toFixed(1)} ms per row with every write step; without one step:`,
            '',
            '| step left out | ms per row | saved |',
            '|---|---|---|',
            ...withoutStep.map(([step, ms]) => `| ${step} | ${(ms / STEP_ROWS).toFixed(1)} | ${((every - ms) / STEP_ROWS).toFixed(1)} |`),
            '',
          ]
        : []),
      machineNote(loadAtStart),
    ].join('\n');
    const out = freeFile(path.join(appDir, 'bench', 'results'), `import-${databaseName()}-${ROWS}`);
    fs.writeFileSync(out, `${report}\n`);
    console.log(report);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await stop();
  }
});
