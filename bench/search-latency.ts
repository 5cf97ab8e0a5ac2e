import { appDir, databaseName, onGeneratedData, runMain } from './run';
import { gazetteer, search } from './api-scenarios';
import { table } from './report';
import { elapsedMs, median, ms, summarize } from './stats';

/**
 * The search service's time in process (no HTTP, no cache), per query: the bench's 20 English
 * place names and common words found in about half the incidents, each of the three searched
 * types with its count, as `/api/search` answers them (the types at once), and beside it the same
 * search one type after another. The target is a p95 under 50 ms
 * at 100,000 incidents. Prints markdown. Run by hand:
 * `BENCH_INCIDENTS=100000 node -r ./bench/register.js bench/search-latency.ts` (DATABASE_CLIENT as for the bench).
 */
const COMMON_WORDS = ['airstrike', 'shelling', 'a', 'al', 'killed', 'civilians'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function main() {
  await onGeneratedData(async (app, generated, sizes) => {
    const scenario = search(appDir, generated.articles, await gazetteer(app.strapi), sizes.seed);
    if (typeof scenario === 'string') throw new Error(scenario);
    const placeNames = scenario.ours.map((path) => new URL(path, 'http://x').searchParams.get('q')!);
    const service = app.strapi.service('api::search.search') as any;
    const TYPES = ['article', 'incident', 'location'];
    const ask = (q: string) => service.search({ q, locale: 'en', types: TYPES, limit: 10 });
    // The same search one type after another, as it ran before 2 December: what running the types at once gains.
    const askInTurn = async (q: string) => {
      for (const type of TYPES) await service.search({ q, locale: 'en', types: [type], limit: 10 });
    };

    const queries = [...placeNames.map((q) => ({ q, kind: 'place name' })), ...COMMON_WORDS.map((q) => ({ q, kind: 'common word' }))];
    const times = new Map<string, number[]>(queries.map(({ q }) => [q, []]));
    const timesInTurn = new Map<string, number[]>(queries.map(({ q }) => [q, []]));
    const counts = new Map<string, string>();
    for (let round = 0; round <= ROUNDS; round += 1) {
      for (const { q } of queries) {
        const start = process.hrtime.bigint();
        const answer = await ask(q);
        // The first round warms the caches up and is not kept.
        if (round > 0) times.get(q)!.push(elapsedMs(start));
        counts.set(q, Object.values(answer.meta.counts).join(' / '));
        const startInTurn = process.hrtime.bigint();
        await askInTurn(q);
        if (round > 0) timesInTurn.get(q)!.push(elapsedMs(startInTurn));
      }
    }
    const rows = queries.map(({ q, kind }) => [q, kind, counts.get(q)!, ms(median(times.get(q)!)), ms(median(timesInTurn.get(q)!))]);
    const summaryOf = (timed: Map<string, number[]>, kind?: string) => summarize(queries.filter((query) => !kind || query.kind === kind).flatMap(({ q }) => timed.get(q)!));
    console.log(`## Search in process, ${databaseName()}, ${sizes.incidents} incidents (${ROUNDS} rounds after one to warm up)\n`);
    console.log(table(['q', 'kind', 'hits: articles / incidents / places', 'median ms', 'types in turn: median ms'], rows));
    console.log();
    console.log(
      table(
        ['queries', 'p50 ms', 'p95 ms', 'max ms', 'types in turn: p50 ms', 'p95 ms', 'max ms'],
        [undefined, 'place name', 'common word'].map((kind) => {
          const atOnce = summaryOf(times, kind);
          const inTurn = summaryOf(timesInTurn, kind);
          return [kind ?? 'all', ...[atOnce, inTurn].flatMap(({ p50, p95, max }) => [ms(p50), ms(p95), ms(max)])];
        })
      )
    );
  });
}

runMain(main);
