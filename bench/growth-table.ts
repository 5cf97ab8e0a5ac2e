import fs from 'node:fs';
import path from 'node:path';
import type { ContentApiResults } from './content-api-report';
import { table } from './report';
import { ms } from './stats';

/**
 * How each scenario's latency grows with the number of incidents, from `npm run bench:api` runs at
 * several BENCH_INCIDENTS: per database, the p50 of ours and of plain at one connection, the
 * largest size's p50 over the smallest's, and the whole-archive chart. Shared by
 * content-api-growth.ts (any results directory) and `BENCH_GROWTH` runs of content-api.ts.
 */

/** The newest results per database and size in a directory, optionally of some sizes only. */
export function newestResults(dir: string, sizes?: number[]): ContentApiResults[] {
  const runs = fs
    .readdirSync(dir)
    .filter((f) => /^content-api-.*\.json$/.test(f))
    .map((f) => ({ mtime: fs.statSync(path.join(dir, f)).mtimeMs, results: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ContentApiResults }))
    .filter(({ results }) => !sizes || sizes.includes(results.generated.sizes.incidents))
    .sort((a, b) => a.mtime - b.mtime);
  const newest = new Map<string, ContentApiResults>();
  for (const { results } of runs) newest.set(`${results.database}:${results.generated.sizes.incidents}`, results);
  return [...newest.values()];
}

export function growthTables(results: ContentApiResults[]): string {
  const out: string[] = [];
  for (const database of [...new Set(results.map((r) => r.database))]) {
    const sized = results.filter((r) => r.database === database).sort((a, b) => a.generated.sizes.incidents - b.generated.sizes.incidents);
    const sizes = sized.map((r) => r.generated.sizes.incidents.toLocaleString('en'));
    const titles = [...new Set(sized.flatMap((r) => r.scenarios.map((s) => s.title)))];
    const p50 = (r: ContentApiResults, title: string, side: 'ours' | 'plain') =>
      r.scenarios.find((s) => s.title === title)?.runs.find((x) => x.connections === 1)?.[side].p50;
    const growth = (values: (number | undefined)[]) => {
      const [first, last] = [values[0], values[values.length - 1]];
      return sized.length > 1 && first && last ? `${(last / first).toFixed(1)}×` : '–';
    };
    const row = (label: string, side: 'ours' | 'plain', values: (number | undefined)[]) => [label, side, ...values.map((v) => (v === undefined ? '–' : ms(v))), growth(values)];
    const rows = titles.flatMap((title) => [
      row(title, 'ours', sized.map((r) => p50(r, title, 'ours'))),
      row('', 'plain', sized.map((r) => p50(r, title, 'plain'))),
    ]);
    const archive = (side: 'ours' | 'plain') =>
      sized.map((r) => {
        const timed = r.archive?.[side];
        if (timed) return ms(timed.ms);
        if (!r.archive) return 'not run';
        return side === 'ours' ? 'fails (500)' : 'not timed';
      });
    rows.push(['Figures by month, whole archive (one visit alone)', 'ours', ...archive('ours'), '–'], ['', 'plain', ...archive('plain'), '–']);
    out.push(`## p50 ms at one connection by number of incidents — ${database}`, '');
    out.push(`Runs: ${sized.map((r) => `${r.generated.sizes.incidents} incidents on ${r.date} (${r.loadSeconds} s loads, app at ${r.commit})`).join('; ')}.`, '');
    out.push(table(['scenario', 'side', ...sizes.map((s) => `${s} incidents`), 'largest / smallest'], rows), '');
  }
  return out.join('\n');
}
