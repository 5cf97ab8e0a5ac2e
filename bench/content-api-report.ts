import type { Generated } from './generate';
import { table } from './report';
import { ms } from './stats';

/** Per second and latency of one side of a measurement; a visit is one scenario (one or more requests). */
export interface Rate {
  perSecond: number;
  p50: number;
  p99: number;
}

/** One visit timed alone (sequentially, warm): where its time goes. */
export interface Profile {
  example: string;
  requests: number;
  queries: number;
  /** Milliseconds to the last byte, and of it in SQL statements (knex's query to query-response). */
  ms: number;
  sqlMs: number;
  bytes: number;
  slowest: { sql: string; ms: number } | null;
}

export interface ScenarioResult {
  key: string;
  title: string;
  /** autocannon per request, or whole visits through bench/scenario-worker.ts. */
  tool: 'autocannon' | 'scenarios';
  notes: string[];
  check: string;
  ours: Profile;
  plain: Profile;
  /** With the 1-minute load average before each: other work on a shared machine shows there. */
  runs: { connections: number; ours: Rate; plain: Rate; ceiling: Rate; loadAverage: number }[];
}

/** One number of connections of the cached path: hits and revalidations (304) against the uncached answers and the ceilings. */
export interface CachedRun {
  connections: number;
  hit: Rate;
  notModified: Rate;
  /** A bare server sending the hit's bytes, and the 304's bytes. */
  hitCeiling: Rate;
  notModifiedCeiling: Rate;
  /** This run's uncached measurements of the same scenario at the same connections: ours with the cache off, plain Strapi. */
  ours: Rate;
  plain: Rate;
  /** Share of the answers that said X-Response-Cache: hit, in the hits' load or the 304s', whichever is lower (warm-up included). */
  hitShare: number;
  loadAverage: number;
}

export interface CachedScenarioResult {
  key: string;
  title: string;
  /** autocannon for ours; the plain side's unit (requests, or visits of several pages). */
  plainTool: ScenarioResult['tool'];
  check: string;
  bytes: number;
  runs: CachedRun[];
}

export interface CachedResults {
  /** Where the served instance keeps its responses. */
  store: string;
  scenarios: CachedScenarioResult[];
}

export interface TwoInstancesResults {
  store: string;
  connections: number;
  seconds: number;
  /** Each instance's load, and its answers compared with the uncached app's after each write: how many differed or lacked the new title. */
  instances: (Rate & { hitShare: number; compared: number; stale: number })[];
  /** Writes, all through the first instance, and the median of one (update and publish), ms. */
  writes: number;
  writeMs: number;
  staleExamples: string[];
  sample: string[];
}

export interface ContentApiResults {
  database: string;
  date: string;
  commit: string;
  machine: string;
  generated: Pick<Generated, 'sizes' | 'seconds' | 'rows'>;
  loadSeconds: number;
  ceilingSeconds: number;
  scenarios: ScenarioResult[];
  skipped: string[];
  /** Ours is null when it failed (oursError says how), plain when not timed (plainNote says why). */
  archive: { ours: Profile | null; oursError?: string; plain: Profile | null; plainNote?: string } | null;
  /** Null when not measured (BENCH_ONLY); a string says why the two-instance run was skipped. */
  cached: CachedResults | null;
  twoInstances: TwoInstancesResults | string | null;
  notes: string[];
}

const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
const rate = (r: Rate) => (r.perSecond >= 100 ? r.perSecond.toFixed(0) : r.perSecond.toFixed(1));
const kb = (bytes: number) => (bytes >= 10240 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024).toFixed(1)} KB`);
const short = (sql: string) => `\`${sql.replace(/\s+/g, ' ').slice(0, 110).replace(/`/g, "'")}${sql.length > 110 ? '…' : ''}\``;

export function markdown(r: ContentApiResults): string {
  const { sizes, seconds } = r.generated;
  return [
    `# Content API benchmark — ${r.database} — ${r.date}`,
    '',
    `${r.machine}. App at ${r.commit}. Sizes: ${sizes.locations} locations, ${sizes.incidents} incidents, ${sizes.articles} articles (en + ar, published), seed ${sizes.seed}; generated in ${seconds.total.toFixed(1)} s. Rate limiter off (RATE_LIMIT_ENABLED=false); response cache off (RESPONSE_CACHE_ENABLED=false, no Redis) everywhere but the cached-path sections.`,
    '',
    `## Throughput and latency: ours vs plain Strapi vs a bare server with our bytes (${r.loadSeconds} s a load after a 2 s warm-up, none for visits of 1 s or more; ceiling ${r.ceilingSeconds} s)`,
    '',
    'Per second is requests for autocannon rows and visits (every request a site makes for the data, one after the other) for scenario rows; latency is per request or per visit likewise. The ceiling serves our response bytes from memory (bench/ceiling-server.ts).',
    '',
    table(
      ['scenario', 'tool', 'conn', 'ours /s', 'plain /s', 'ours/plain', 'ours p50 / p99 ms', 'plain p50 / p99 ms', 'ceiling /s', 'ours % of ceiling', 'load avg'],
      r.scenarios.flatMap((s) =>
        s.runs.map((run) => [
          s.title, s.tool, run.connections, rate(run.ours), rate(run.plain), ratio(run.ours.perSecond, run.plain.perSecond),
          `${ms(run.ours.p50)} / ${ms(run.ours.p99)}`, `${ms(run.plain.p50)} / ${ms(run.plain.p99)}`, rate(run.ceiling),
          `${((100 * run.ours.perSecond) / run.ceiling.perSecond).toFixed(1)} %`, run.loadAverage.toFixed(1),
        ])
      )
    ),
    '',
    '## One visit alone: requests, SQL queries, bytes, and where the time goes',
    '',
    'Warm, one client, mean over the scenario\'s variants; SQL ms is the time during which a statement was running (statements sent together are counted once).',
    '',
    table(
      ['scenario', 'side', 'requests', 'queries', 'bytes', 'ms', 'of it SQL ms', 'slowest statement (ms)', 'example'],
      r.scenarios.flatMap((s) => [profileRow(s.title, 'ours', s.ours), profileRow('', 'plain', s.plain)])
    ),
    '',
    ...(r.archive
      ? [
          '## Figures by month over the whole archive (one client, no load)',
          '',
          table(['side', 'requests', 'queries', 'bytes', 'ms', 'of it SQL ms', 'slowest statement (ms)', 'example'], [
            r.archive.ours ? profileRow('', 'ours', r.archive.ours).slice(1) : ['ours', `**failed**: ${r.archive.oursError}`, '', '', '', '', '', ''],
            r.archive.plain ? profileRow('', 'plain', r.archive.plain).slice(1) : ['plain', r.archive.plainNote ?? '', '', '', '', '', '', ''],
          ]),
          '',
        ]
      : []),
    ...(r.cached ? cachedSection(r.cached) : []),
    ...(r.twoInstances ? twoInstancesSection(r.twoInstances) : []),
    '## Scenarios',
    '',
    ...r.scenarios.flatMap((s) => [`- **${s.title}**: ${s.notes.join(' ')} Checked: ${s.check}.`]),
    ...r.skipped.map((s) => `- ${s}`),
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

function profileRow(title: string, side: string, p: Profile): (string | number)[] {
  const slowest = p.slowest ? `${short(p.slowest.sql)} (${ms(p.slowest.ms)})` : '–';
  return [title, side, p.requests, p.queries.toFixed(p.queries % 1 ? 1 : 0), kb(p.bytes), ms(p.ms), ms(p.sqlMs), slowest, `\`${p.example.slice(0, 120)}${p.example.length > 120 ? '…' : ''}\``];
}

const percent = (value: number) => `${(100 * value).toFixed(value < 0.1 ? 1 : 0)} %`;

function cachedSection(c: CachedResults): string[] {
  return [
    `## Cached path: hits and revalidations against the uncached answers and the ceiling`,
    '',
    `A served instance (its own process) with the response cache on, in ${c.store}, rate limiter off, on the same database; each path warmed and checked first (a hit, the uncached answer's bytes and ETag, a 304 for that ETag). Hits: plain GETs; 304: each GET with its path's ETag in If-None-Match (autocannon, per request). Uncached: this run's measurements above (ours with the cache off; plain Strapi per request, or per visit of all its pages for maps and figures, where ours is one request). Ceilings: a bare server sending the hit's bytes, and the 304's. Targets: hit ÷ plain ≥ 20, hit ≥ 25 % of its ceiling; the same for 304.`,
    '',
    table(
      ['scenario', 'conn', 'hits /s', 'hit p50 / p99 ms', '304 /s', '304 p50 / p99 ms', 'ours uncached /s', 'plain /s', 'hit ÷ plain', '304 ÷ plain', 'hit ÷ ours uncached', 'hit ceiling /s', 'hit % of ceiling', '304 ceiling /s', '304 % of ceiling', 'from the cache', 'load avg'],
      c.scenarios.flatMap((s) =>
        s.runs.map((run) => [
          `${s.title} (${kb(s.bytes)}${s.plainTool === 'scenarios' ? ', plain per visit' : ''})`, run.connections,
          rate(run.hit), `${ms(run.hit.p50)} / ${ms(run.hit.p99)}`, rate(run.notModified), `${ms(run.notModified.p50)} / ${ms(run.notModified.p99)}`,
          rate(run.ours), rate(run.plain), ratio(run.hit.perSecond, run.plain.perSecond), ratio(run.notModified.perSecond, run.plain.perSecond),
          ratio(run.hit.perSecond, run.ours.perSecond), rate(run.hitCeiling), percent(run.hit.perSecond / run.hitCeiling.perSecond),
          rate(run.notModifiedCeiling), percent(run.notModified.perSecond / run.notModifiedCeiling.perSecond), percent(run.hitShare), run.loadAverage.toFixed(1),
        ])
      )
    ),
    '',
    ...c.scenarios.map((s) => `- ${s.title}: ${s.check}.`),
    '',
  ];
}

function twoInstancesSection(t: TwoInstancesResults | string): string[] {
  if (typeof t === 'string') return ['## Two instances', '', `Two instances: ${t}.`, ''];
  const sum = (pick: (i: TwoInstancesResults['instances'][number]) => number) => t.instances.reduce((n, i) => n + pick(i), 0);
  return [
    '## Two instances: one Redis, one database, writes under load',
    '',
    `Two served instances, cache in ${t.store}, each loaded by its own autocannon worker at once (${t.connections} connections, ${t.seconds} s, no warm-up, every cached path in turn). Meanwhile one write a second through instance 1 (Document Service update of the title, then publish; median ${ms(t.writeMs)} ms), alternately the list's first article and an incident of the large map; right after each, ${t.sample.length} sampled paths read from both instances and compared with the uncached app's answer: stale when the bytes differ or the new title is missing. Sample: ${t.sample.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    table(
      ['instance', 'conn', 'req/s', 'p50 / p99 ms', 'from the cache', 'writes through it', 'answers compared after writes', 'stale'],
      [
        ...t.instances.map((i, n) => [`${n + 1}`, t.connections, rate(i), `${ms(i.p50)} / ${ms(i.p99)}`, percent(i.hitShare), n === 0 ? t.writes : 0, i.compared, i.stale]),
        ['both', t.connections * t.instances.length, rate({ perSecond: sum((i) => i.perSecond), p50: NaN, p99: NaN }), '', '', t.writes, sum((i) => i.compared), `**${sum((i) => i.stale)}**`],
      ]
    ),
    '',
    ...t.staleExamples.map((e) => `- stale: ${e}`),
  ];
}
