import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { loginAdmin } from '../tests/helpers/auth';
import { listen } from '../tests/helpers/server';
import { articleList, bySlug, figures, figuresPages, gazetteer, geojson, sameFigures, search, type Scenario } from './api-scenarios';
import { CACHED_KEYS, cachedPath } from './cached-path';
import { capture, serveCaptured } from './ceiling';
import { markdown, type ContentApiResults, type Profile, type Rate, type ScenarioResult } from './content-api-report';
import type { Generated } from './generate';
import { growthTables, newestResults } from './growth-table';
import { get } from './http';
import { load, scenarioLoad } from './load';
import { databaseReason, inFlightMs, timeQueries } from './query-timer';
import { appDir, databaseName, freeFile, idle, log, machineNote, onGeneratedData, runMain } from './run';
import { verify } from './verify';

/**
 * The public content API against plain Strapi, on the database DATABASE_CLIENT names (SQLite by
 * default): boots the app on a throw-away database with the rate limiter off, generates the
 * content (bench/generate.ts), and for each read a site makes (bench/api-scenarios.ts) measures
 * our endpoint, what a site would request from plain Strapi's find for the same data, and a bare
 * server sending our bytes (the ceiling), at each number of connections; then one visit of each
 * alone, with its SQL. Writes bench/results/content-api-<db>-<incidents>-<date>.md and .json
 * (bench/content-api-growth.ts tabulates several sizes). Run by hand: `npm run bench:api`.
 * `BENCH_GROWTH=10000,100000` runs it once per number of incidents and prints the growth table.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CEILING_SECONDS = Math.min(SECONDS, 5);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10').split(',').map(Number);
/**
 * BENCH_ONLY=list,figures measures only those scenarios (keys), for a quicker look. `cached` is the
 * cached path (bench/cached-path.ts); it compares with the uncached numbers of the same run, so it
 * brings the scenarios it reads (CACHED_KEYS) with it.
 */
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : undefined;
const CACHED = !ONLY || ONLY.includes('cached');
const wanted = (key: string) => !ONLY || ONLY.includes(key) || (CACHED && CACHED_KEYS.includes(key));
/**
 * The whole-archive figures: plain Strapi pages through every incident, 100 a request, and at
 * 100,000 incidents that alone takes minutes (219 s on SQLite): beyond ARCHIVE_PAGES pages only
 * ours is timed, unless BENCH_ARCHIVE=full. BENCH_ARCHIVE=0 leaves the archive out.
 */
const ARCHIVE = process.env.BENCH_ARCHIVE !== '0';
const ARCHIVE_PAGES = process.env.BENCH_ARCHIVE === 'full' ? Infinity : 200;
/** BENCH_GROWTH=10000,100000: one whole run per number of incidents (each its own process and database), then their growth table. */
const GROWTH = process.env.BENCH_GROWTH ? process.env.BENCH_GROWTH.split(',').map(Number) : undefined;
const RESULTS = path.join(__dirname, 'results');

async function growth(sizes: number[]) {
  for (const incidents of sizes) {
    log(`growth: a run at ${incidents} incidents`);
    const run = spawnSync(process.execPath, ['-r', './bench/register.js', 'bench/content-api.ts'], {
      cwd: appDir,
      stdio: 'inherit',
      env: { ...process.env, BENCH_GROWTH: '', BENCH_INCIDENTS: String(incidents) },
    });
    if (run.status !== 0) throw new Error(`the run at ${incidents} incidents failed (exit ${run.status})`);
  }
  const runs = newestResults(RESULTS, sizes).filter((results) => results.database === databaseName());
  process.stdout.write(`\n${growthTables(runs)}\n`);
}

async function main() {
  const database = databaseName();
  const load1 = os.loadavg()[0];
  await onGeneratedData(async (app, generated, sizes) => {
    const base = await listen(app);
    await verify(base, await loginAdmin(app.strapi, app.server, 'strapi-editor'), generated);
    log('generated data checked through the APIs');

    const { scenarios, skipped } = await buildScenarios(app.strapi, base, generated);
    const measured: ScenarioResult[] = [];
    for (const scenario of scenarios) measured.push(await measure(app.strapi, base, scenario));
    const archive = ARCHIVE && !ONLY ? await wholeArchive(app.strapi, base) : null;
    // Last: its two-instance run rewrites titles.
    const settings = { seconds: SECONDS, ceilingSeconds: CEILING_SECONDS, connections: CONNECTIONS };
    const reread = scenarios.filter((s) => CACHED_KEYS.includes(s.key));
    const { cached, twoInstances } = CACHED ? await cachedPath(app.database, base, reread, measured, settings) : { cached: null, twoInstances: null };

    const results: ContentApiResults = {
      database,
      date: new Date().toISOString().slice(0, 10),
      commit: commitOfApp(),
      machine: machineNote(load1),
      generated: { sizes: generated.sizes, seconds: generated.seconds, rows: generated.rows },
      loadSeconds: SECONDS,
      ceilingSeconds: CEILING_SECONDS,
      scenarios: measured,
      skipped,
      archive,
      cached,
      twoInstances,
      notes: [
        'The app measured against plain Strapi and the ceiling runs with its response cache off (RESPONSE_CACHE_ENABLED=false, no REDIS_URL; bench/run.ts): every answer is made, none is served from the cache. The cached path is measured separately, in a served instance of its own.',
        'Both sides go through the same middleware (the public contract, HTTP cache: each 200 gets its ETag computed over the body); no request sends If-None-Match, so none is answered 304.',
        database === 'sqlite'
          ? 'SQLite runs in the server process (better-sqlite3 is synchronous): its queries take the event loop, so concurrency adds queueing, not parallel work.'
          : 'PostgreSQL runs in its own processes on the same 2 cores as the server and the load generator.',
      ],
    };
    const file = freeFile(RESULTS, `content-api-${database}-${sizes.incidents}-${results.date}`);
    fs.writeFileSync(file, markdown(results));
    fs.writeFileSync(file.replace(/\.md$/, '.json'), JSON.stringify(results, null, 1));
    process.stdout.write(`\n${markdown(results)}\nWritten to ${path.relative(appDir, file)} (and .json)\n`);
  });
}

async function buildScenarios(strapi: Core.Strapi, base: string, generated: Generated) {
  log('building the scenarios (plain Strapi page counts, slugs, place ids)');
  const places = await gazetteer(strapi);
  const found = search(appDir, generated.articles, places, generated.sizes.seed);
  const all: Scenario[] = [
    articleList(),
    await geojson(base, places, 'small'),
    await geojson(base, places, 'large'),
    await figures(base),
    ...(typeof found === 'string' ? [] : [found]),
    await bySlug(strapi, generated.articles, generated.sizes.seed),
  ];
  const skipped = typeof found === 'string' ? [`Search: ${found}.`] : [];
  return { scenarios: all.filter((s) => wanted(s.key)), skipped };
}

/** Checks a scenario, times one visit of each side alone, then loads ours, plain and the ceiling at each number of connections. */
async function measure(strapi: Core.Strapi, base: string, scenario: Scenario): Promise<ScenarioResult> {
  log(`${scenario.title}: checking that both sides return the same documents`);
  const check = await scenario.check(base); // also warms both sides up (place directory, statement caches)
  const oursVisits = scenario.ours.map((p) => [p]);
  const ours = await profile(strapi, base, oursVisits);
  const plain = await profile(strapi, base, scenario.plain);
  const single = scenario.perRequest;

  const captured = [];
  for (const p of new Set(scenario.ours)) captured.push(await capture(base, p));
  const ceiling = await serveCaptured(captured);
  const runs: ScenarioResult['runs'] = [];
  try {
    for (const connections of CONNECTIONS) {
      log(`${scenario.title}: ${connections} connection(s), ${SECONDS} s each side, ceiling ${CEILING_SECONDS} s`);
      const loadAverage = os.loadavg()[0];
      const oursRate = await rate(base, oursVisits, single, connections, SECONDS, warmup(ours));
      await idle(strapi);
      const plainRate = await rate(base, scenario.plain, single, connections, SECONDS, warmup(plain));
      await idle(strapi);
      const ceilingRate = await rate(ceiling.base, oursVisits, single, connections, CEILING_SECONDS, 1);
      runs.push({ connections, ours: oursRate, plain: plainRate, ceiling: ceilingRate, loadAverage });
    }
  } finally {
    ceiling.close();
  }
  return { key: scenario.key, title: scenario.title, tool: single ? 'autocannon' : 'scenarios', notes: scenario.notes, check, ours, plain, runs };
}

/**
 * Seconds of warm-up before a load. The check and the timed visit have warmed the server up
 * already; a warm-up mostly matters to fill the connections. Visits of a second or more are not
 * warmed up at all: a warm-up phase finishes the visits it started, and at 10 connections on
 * 100,000 incidents that took minutes.
 */
const warmup = (alone: Profile) => (alone.ms >= 1000 ? 0 : 2);

/**
 * Per request with autocannon, or whole visits timed by bench/scenario-worker.ts, since what a
 * site waits for is all the pages.
 */
async function rate(base: string, visits: string[][], single: boolean, connections: number, seconds: number, warmup: number): Promise<Rate> {
  if (single) {
    const r = await load(base, visits.flat(), connections, seconds, warmup);
    return { perSecond: r.requestsPerSecond, p50: r.p50, p99: r.p99 };
  }
  const r = await scenarioLoad(base, visits, connections, seconds, warmup);
  return { perSecond: r.scenariosPerSecond, p50: r.p50, p99: r.p99 };
}

/** Each visit once, alone and warm, with its SQL statements timed; the mean visit, and the slowest statement seen. */
async function profile(strapi: Core.Strapi, base: string, visits: string[][]): Promise<Profile> {
  const totals = { requests: 0, queries: 0, ms: 0, sqlMs: 0, bytes: 0 };
  let slowest: Profile['slowest'] = null;
  for (const visit of visits) {
    const { result: bytes, queries, ms } = await timeQueries(strapi, async () => {
      let n = 0;
      for (const p of visit) n += await bodyBytes(base + p);
      return n;
    });
    totals.requests += visit.length;
    totals.queries += queries.length;
    totals.ms += ms;
    totals.sqlMs += inFlightMs(queries);
    totals.bytes += bytes;
    for (const q of queries) if (!slowest || q.ms > slowest.ms) slowest = { sql: q.sql, ms: q.ms };
  }
  const mean = (value: number) => value / visits.length;
  return {
    example: visits[0][0],
    requests: mean(totals.requests),
    queries: mean(totals.queries),
    ms: mean(totals.ms),
    sqlMs: mean(totals.sqlMs),
    bytes: mean(totals.bytes),
    slowest,
  };
}

/** The size of a 200 answer's body in bytes, as sent. */
async function bodyBytes(url: string) {
  const response = await get(url);
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return body.byteLength;
}

/**
 * The chart of the whole archive: once per side, no load (plain Strapi reads every incident, 100 a
 * request). Ours failing is a finding, not the end of the run: its error is recorded, with the
 * reason the service gives (the HTTP answer only says "Internal Server Error").
 */
async function wholeArchive(strapi: Core.Strapi, base: string): Promise<ContentApiResults['archive']> {
  log('figures by month over the whole archive, one client');
  const oursPath = '/api/incident-figures?groupBy=month&locale=en';
  const plainPaths = await figuresPages(base);
  const plain = plainPaths.length <= ARCHIVE_PAGES ? await profile(strapi, base, [plainPaths]) : null;
  const plainNote = plain ? undefined : `${plainPaths.length} requests: not timed (BENCH_ARCHIVE=full times them)`;
  const answer = await get(base + oursPath);
  await answer.arrayBuffer();
  if (answer.status !== 200) {
    const reason = await (strapi.service('api::incident.incident-figures') as any).figures({}, 'month', 'en').then(
      () => 'the service alone succeeded',
      (error: Error) => error.message
    );
    return { ours: null, oursError: `HTTP ${answer.status}: ${databaseReason(reason)}`, plain, plainNote };
  }
  if (plain) await sameFigures(base, oursPath, plainPaths);
  return { ours: await profile(strapi, base, [[oursPath]]), plain, plainNote };
}

/** The last commit that changed the app (src/, config/), and the bench's; marked when the app's files differ from it. */
function commitOfApp() {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: appDir, encoding: 'utf8' }).trim();
  try {
    // The documentation plugin rewrites its generated file at every boot: not a change to the app.
    const app = ['--', 'src', 'config', ':(exclude)src/extensions/documentation'];
    const dirty = git('status', '--porcelain', '--untracked-files=no', ...app) !== '';
    return `${git('log', '-1', '--format=%h', ...app)}${dirty ? ' (with uncommitted changes in src/ or config/)' : ''}, bench at ${git('rev-parse', '--short', 'HEAD')}`;
  } catch {
    return 'unknown commit';
  }
}

runMain(GROWTH ? () => growth(GROWTH) : main);
