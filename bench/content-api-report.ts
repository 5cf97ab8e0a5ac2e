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
