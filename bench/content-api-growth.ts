import fs from 'node:fs';
import path from 'node:path';
import type { ContentApiResults } from './content-api-report';
import { table } from './report';
import { ms } from './stats';

/**
 * How each scenario's latency grows with the number of incidents: reads the .json results of
 * `npm run bench:api` runs at several BENCH_INCIDENTS (the newest per database and size) and
 * prints, per database, the p50 of ours and of plain at one connection, and the whole-archive
 * chart. Run: node -r ./bench/register.js bench/content-api-growth.ts [results directory]
 */
const dir = process.argv[2] ?? path.join(__dirname, 'results');

const runs = fs
  .readdirSync(dir)
  .filter((f) => /^content-api-.*\.json$/.test(f))
  .map((f) => ({ file: f, mtime: fs.statSync(path.join(dir, f)).mtimeMs, results: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ContentApiResults }))
  .sort((a, b) => a.mtime - b.mtime);

const newest = new Map<string, ContentApiResults>();
for (const { results } of runs) newest.set(`${results.database}:${results.generated.sizes.incidents}`, results);

for (const database of [...new Set([...newest.values()].map((r) => r.database))]) {
  const sized = [...newest.values()].filter((r) => r.database === database).sort((a, b) => a.generated.sizes.incidents - b.generated.sizes.incidents);
  const sizes = sized.map((r) => r.generated.sizes.incidents.toLocaleString('en'));
  const titles = [...new Set(sized.flatMap((r) => r.scenarios.map((s) => s.title)))];
  const p50 = (r: ContentApiResults, title: string, side: 'ours' | 'plain') => {
    const run = r.scenarios.find((s) => s.title === title)?.runs.find((x) => x.connections === 1);
    return run ? ms(run[side].p50) : '–';
  };
  const rows = titles.flatMap((title) => [
    [title, 'ours', ...sized.map((r) => p50(r, title, 'ours'))],
    ['', 'plain', ...sized.map((r) => p50(r, title, 'plain'))],
  ]);
  const archive = (side: 'ours' | 'plain') =>
    sized.map((r) => {
      const timed = r.archive?.[side];
      if (timed) return ms(timed.ms);
      return r.archive && side === 'ours' ? 'fails (500)' : 'not timed';
    });
  rows.push(['Figures by month, whole archive (one visit alone)', 'ours', ...archive('ours')], ['', 'plain', ...archive('plain')]);
  process.stdout.write(`\n## p50 ms at one connection by number of incidents — ${database}\n\n`);
  process.stdout.write(`Runs: ${sized.map((r) => `${r.generated.sizes.incidents} incidents on ${r.date} (${r.loadSeconds} s loads)`).join('; ')}.\n\n`);
  process.stdout.write(`${table(['scenario', 'side', ...sizes.map((s) => `${s} incidents`)], rows)}\n`);
}
