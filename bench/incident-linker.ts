import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loginAdmin } from '../tests/helpers/auth';
import { countQueries } from '../tests/helpers/query-counter';
import { listen } from '../tests/helpers/server';
import type { GeneratedArticle } from './generate';
import { timedGet } from './http';
import { load } from './load';
import { seeded } from './random';
import { markdown, type Results } from './report';
import { appDir, databaseName, freeFile, idle, log, machineNote, onGeneratedData, runMain } from './run';
import { summarize } from './stats';
import { verify } from './verify';

/**
 * The incident-linker benchmark, on the database DATABASE_CLIENT names (SQLite by default, like
 * `npm test`): boots Strapi on a throw-away database, generates the content (bench/generate.ts),
 * then measures suggestion latency, link-listing throughput against plain Strapi's populate, and
 * queries per request, and writes bench/results/incident-linker-<db>-<date>.md. Run by hand:
 * `npm run bench:linker` (see bench/README.md).
 */
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_MS = 200;
const LIST_PAGES = 20;

async function main() {
  const database = databaseName();
  const load1 = os.loadavg()[0];
  await onGeneratedData(async (app, generated, sizes) => {
    const base = await listen(app);
    const editor = { Authorization: `Bearer ${await loginAdmin(app.strapi, app.server, 'strapi-editor')}` };
    const suggestionUrl = (a: GeneratedArticle, locale: string) => `${base}/incident-linker/articles/${a.documentId}/suggestions?locale=${locale}`;

    // Before anything else asks for a suggestion: the first call builds the place index.
    const sample = seeded(sizes.seed + 1).sample(generated.articles, SAMPLE);
    const cold = await countQueries(app.strapi, () => timedGet(suggestionUrl(sample[0], 'en'), editor));
    if (cold.result.status !== 200) throw new Error(`first suggestion call: ${cold.result.status}`);
    await verify(base, editor.Authorization.slice(7), generated);
    log('generated data checked through the APIs');

    log(`suggestions for ${sample.length} articles × en, ar`);
    const byLocale: Results['suggestions']['byLocale'] = [];
    for (const locale of ['en', 'ar']) {
      const times: number[] = [];
      let queries = 0;
      let found = 0;
      let linked = 0;
      for (const article of sample) {
        const { result, queries: q } = await countQueries(app.strapi, () => timedGet(suggestionUrl(article, locale), editor));
        if (result.status !== 200) throw new Error(`suggestions ${article.documentId} ${locale}: ${result.status}`);
        times.push(result.ms);
        queries += q;
        const suggested = new Set((result.body.data.suggestions as any[]).map((s) => s.incident.documentId));
        linked += article.incidentIds.length;
        found += article.incidentIds.filter((id) => suggested.has(id)).length;
      }
      byLocale.push({ locale, latency: summarize(times), queries: queries / sample.length, recall: linked ? found / linked : NaN, linkedSampled: linked });
    }

    // Articles with as many places as links: populating `locations` is the same cardinality as listing links.
    const matched = generated.articles.filter((a) => a.incidentIds.length > 0 && a.incidentIds.length === a.locationIds.length).slice(0, 50);
    const one = {
      ours: matched.map((a) => `/api/incident-linker/articles/${a.documentId}/incidents?locale=ar`),
      plain: matched.map((a) => `/api/articles/${a.documentId}?locale=ar&populate[locations]=true`),
    };
    const pages = Array.from({ length: LIST_PAGES }, (_, i) => i + 1);
    const list = {
      ours: pages.map((p) => `/api/articles?locale=ar&withLinks=true&pagination[pageSize]=25&pagination[page]=${p}`),
      plain: pages.map((p) => `/api/articles?locale=ar&populate[locations]=true&pagination[pageSize]=25&pagination[page]=${p}`),
    };

    log('queries per request');
    const endpoints: Results['endpoints'] = [];
    const measureOnce = async (name: string, url: string, headers = {}) => {
      await timedGet(url, headers); // warm
      const { result, queries } = await countQueries(app.strapi, () => timedGet(url, headers));
      if (result.status !== 200) throw new Error(`${url}: ${result.status}`);
      endpoints.push({ name, path: url.slice(base.length), queries, bytes: JSON.stringify(result.body).length });
      return result.body;
    };
    await measureOnce('suggestions (admin)', suggestionUrl(sample[0], 'ar'), editor);
    await measureOnce("ours: an article's incidents", base + one.ours[0]);
    await measureOnce('plain: an article with its locations', base + one.plain[0]);
    await measureOnce('ours: 25 articles ?withLinks', base + list.ours[0]);
    await measureOnce('plain: 25 articles populate locations', base + list.plain[0]);
    const cardinality = await listCardinality(base, list);

    const throughput: Results['throughput'] = [];
    for (const [pair, paths] of [["an article's linked incidents / its locations", one], ['25 articles with links / with locations', list]] as const) {
      for (const connections of [1, 10]) {
        log(`throughput: ${pair}, ${connections} connection(s), ${SECONDS} s each`);
        const ours = await load(base, paths.ours, connections, SECONDS);
        await idle(app.strapi);
        const plain = await load(base, paths.plain, connections, SECONDS);
        await idle(app.strapi);
        throughput.push({ pair, connections, ours, plain });
      }
    }

    const results: Results = {
      database,
      date: new Date().toISOString().slice(0, 10),
      machine: machineNote(load1),
      generated,
      suggestions: { cold: { ms: cold.result.ms, queries: cold.queries }, byLocale, targetMs: TARGET_MS },
      throughput,
      loadSeconds: SECONDS,
      endpoints,
      notes: [
        `One article: ${matched.length} articles with as many linked incidents as locations (${mean(matched.map((a) => a.incidentIds.length)).toFixed(1)} on average), requested in turn.`,
        `Lists: pages 1–${LIST_PAGES} of 25 Arabic articles in turn; over those pages ${cardinality.links} linked incidents (ours) vs ${cardinality.locations} locations (plain).`,
        'Ours returns each incident with its place (title, description, date, precision, status, location); plain Strapi returns each location row with all its fields.',
      ],
    };
    const text = markdown(results);
    const file = freeFile(path.join(__dirname, 'results'), `incident-linker-${database}-${results.date}`);
    fs.writeFileSync(file, text);
    process.stdout.write(`\n${text}\nWritten to ${path.relative(appDir, file)}\n`);
  });
}

/** Links and locations in all the list pages, to state how the two sides compare. */
async function listCardinality(base: string, list: { ours: string[]; plain: string[] }) {
  let links = 0;
  let locations = 0;
  for (const p of list.ours) for (const a of (await timedGet(base + p)).body.data) links += a.linkedIncidents.length;
  for (const p of list.plain) for (const a of (await timedGet(base + p)).body.data) locations += a.locations.length;
  return { links, locations };
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / (values.length || 1);
runMain(main);
