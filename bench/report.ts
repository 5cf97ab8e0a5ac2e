import type { Generated } from './generate';
import type { LoadResult } from './load';
import { ms, type Summary } from './stats';

/** The benchmark's results as one markdown document. */
export interface Results {
  database: string;
  date: string;
  machine: string;
  generated: Generated;
  suggestions: {
    cold: { ms: number; queries: number };
    byLocale: { locale: string; latency: Summary; queries: number; recall: number; linkedSampled: number }[];
    targetMs: number;
  };
  throughput: { pair: string; connections: number; ours: LoadResult; plain: LoadResult }[];
  loadSeconds: number;
  endpoints: { name: string; path: string; queries: number; bytes: number }[];
  notes: string[];
}

export const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function markdown(r: Results): string {
  const { sizes, seconds, rows } = r.generated;
  const documents = sizes.locations + sizes.incidents + sizes.articles;
  const s = r.suggestions;
  return [
    `# incident-linker benchmark — ${r.database} — ${r.date}`,
    '',
    `${r.machine}. Sizes: ${sizes.locations} locations, ${sizes.incidents} incidents, ${sizes.articles} articles (en + ar), up to ${sizes.maxLinksPerArticle} links per article; seed ${sizes.seed}.`,
    '',
    '## Generation',
    '',
    table(
      ['phase', 'seconds', 'rows written'],
      [
        ['vocabulary (Document Service)', seconds.vocabulary.toFixed(1), '–'],
        ['locations', seconds.locations.toFixed(1), `${rows['api::location.location']} + ${rows['api::location.location (relation rows)']} relation`],
        ['incidents', seconds.incidents.toFixed(1), `${rows['api::incident.incident']} + ${rows['api::incident.incident (relation rows)']} relation + ${rows['api::incident.incident (component rows)'] ?? 0} component`],
        ['articles', seconds.articles.toFixed(1), `${rows['api::article.article']} + ${rows['api::article.article (relation rows)']} relation`],
        ['links', seconds.links.toFixed(1), rows['plugin::incident-linker.link']],
        ['statistics (ANALYZE)', r.database === 'postgres' ? seconds.statistics.toFixed(1) : 'not run on SQLite', '–'],
        ['total', seconds.total.toFixed(1), `${Math.round(documents / seconds.total)} documents/s`],
      ]
    ),
    '',
    `## Suggestions (admin API, one connection, ${s.byLocale[0]?.latency.count ?? 0} articles per locale)`,
    '',
    `First call after start (place index not built yet): **${ms(s.cold.ms)} ms**, ${s.cold.queries} queries.`,
    '',
    table(
      ['locale', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'mean ms', 'queries/call', `p95 < ${s.targetMs} ms`, 'linked incidents found in the top 30'],
      s.byLocale.map((l) => [
        l.locale, ms(l.latency.p50), ms(l.latency.p95), ms(l.latency.p99), ms(l.latency.max), ms(l.latency.mean), l.queries.toFixed(1),
        l.latency.p95 < s.targetMs ? 'yes' : '**no**', `${(l.recall * 100).toFixed(0)}% of ${l.linkedSampled}`,
      ])
    ),
    '',
    `## Link listing throughput: ours vs plain Strapi (autocannon, ${r.loadSeconds} s each after a 2 s warm-up)`,
    '',
    table(
      ['what', 'connections', 'ours req/s', 'plain req/s', 'ours/plain', 'ours p50 / p99 ms', 'plain p50 / p99 ms'],
      r.throughput.map((t) => [
        t.pair, t.connections, t.ours.requestsPerSecond.toFixed(0), t.plain.requestsPerSecond.toFixed(0), (t.ours.requestsPerSecond / t.plain.requestsPerSecond).toFixed(2),
        `${t.ours.p50} / ${t.ours.p99}`, `${t.plain.p50} / ${t.plain.p99}`, // autocannon records whole milliseconds
      ])
    ),
    '',
    '## Queries and response size per request',
    '',
    table(['endpoint', 'example', 'SQL queries', 'bytes'], r.endpoints.map((e) => [e.name, `\`${e.path}\``, e.queries, e.bytes])),
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
