import path from 'node:path';
import { growthTables, newestResults } from './growth-table';

/**
 * Tabulates how each scenario's latency grows with the number of incidents: reads the .json
 * results of `npm run bench:api` runs at several BENCH_INCIDENTS (the newest per database and
 * size) and prints bench/growth-table.ts's tables. Run: node -r ./bench/register.js
 * bench/content-api-growth.ts [results directory]
 */
process.stdout.write(`\n${growthTables(newestResults(process.argv[2] ?? path.join(__dirname, 'results')))}\n`);
