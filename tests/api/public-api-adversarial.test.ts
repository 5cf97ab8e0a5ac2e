import fc from 'fast-check';
import { contractRequest } from '../helpers/contract-query-arbitraries';
import type { TestDatabase } from '../helpers/database';
import { publicRequest, type Knowledge } from '../helpers/public-query-arbitraries';
import { serveInstance, type RawResponse, type ServedInstance } from '../helpers/served-instance';
import { buildDatabaseA, collectKnowledge, copyWithRewrittenWithheldData, normalizeStorageOf, type WithheldFixtures } from '../helpers/withheld-data';

/**
 * A generated, adversarial test of the public API, black box: two servers, A and B, on databases
 * that differ only in what the public must never see (confidential source details, contact notes,
 * drafts, never-published documents, link notes, admin users; see tests/helpers/withheld-data.ts).
 * Every request from the grammar of the REST query language and of our site endpoints goes to both;
 * the answers must be byte for byte the same (status, headers but Date and the like, ETag, body),
 * and never a 5xx.
 * A difference is a leak: the request read something withheld, in its result, its order, its count.
 *
 * PUBLIC_API_FUZZ_RUNS (5000), PUBLIC_API_FUZZ_SEED (random, printed), PUBLIC_API_FUZZ_PATH (to
 * replay a counterexample with its seed). PUBLIC_API_FUZZ_SURVEY=1 runs every request instead of
 * stopping at the first failure, and reports them all by kind. PUBLIC_API_FUZZ_SAME=1 is the check
 * of the harness itself: B gets A's withheld data written back unchanged (=shared: B is A's very
 * database), so A and B must never differ (5xx may still be reported); it implies SURVEY. PUBLIC_API_FUZZ_IGNORE_5XX=1 looks for
 * differences only (a 5xx on both is then no failure), to shrink leaks while known 5xx remain.
 */
const RUNS = Number(process.env.PUBLIC_API_FUZZ_RUNS ?? 5000);
const SEED = process.env.PUBLIC_API_FUZZ_SEED ? Number(process.env.PUBLIC_API_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const PATH = process.env.PUBLIC_API_FUZZ_PATH;
const SAME = process.env.PUBLIC_API_FUZZ_SAME === '1' || process.env.PUBLIC_API_FUZZ_SAME === 'shared';
const SHARED = process.env.PUBLIC_API_FUZZ_SAME === 'shared';
const DEBUG = process.env.PUBLIC_API_FUZZ_DEBUG === '1';
const SURVEY = SAME || process.env.PUBLIC_API_FUZZ_SURVEY === '1';
const IGNORE_5XX = process.env.PUBLIC_API_FUZZ_IGNORE_5XX === '1';

const SERVER_ENV = { RATE_LIMIT_ENABLED: 'false', PUBLIC_URL: 'http://public-api.test' };

let a: TestDatabase | undefined;
let b: TestDatabase | undefined;
let serverA: ServedInstance | undefined;
let serverB: ServedInstance | undefined;
let knowledge: Knowledge;
let fixtures: WithheldFixtures;

beforeAll(async () => {
  console.log(
    `public API fuzz: seed ${SEED}${PATH ? `, path ${PATH}` : ''}, ${RUNS} runs, ${process.env.DATABASE_CLIENT ?? 'sqlite'}` +
      `${SAME ? ', SAME data in A and B (harness check)' : ''}${SURVEY ? ', survey' : ''}${IGNORE_5XX ? ', 5xx ignored' : ''}` +
      `\n  reproduce: PUBLIC_API_FUZZ_SEED=${SEED} DATABASE_CLIENT=${process.env.DATABASE_CLIENT ?? 'sqlite'} npx jest tests/api/public-api-adversarial.test.ts`
  );
  const started = Date.now();
  const built = await buildDatabaseA();
  a = built.database;
  fixtures = built.fixtures;
  const copy = SHARED ? { database: a, summary: { 'shared with A': 1 } } : await copyWithRewrittenWithheldData(a, { identical: SAME });
  b = copy.database;
  await normalizeStorageOf(a);
  knowledge = await collectKnowledge(a, b);
  const servers = await Promise.allSettled([serveInstance(a, SERVER_ENV), serveInstance(b, SERVER_ENV)]);
  [serverA, serverB] = servers.map((server) => (server.status === 'fulfilled' ? server.value : undefined));
  const failed = servers.find((server): server is PromiseRejectedResult => server.status === 'rejected');
  if (failed) throw failed.reason;
  console.log(`A and B ready in ${((Date.now() - started) / 1000).toFixed(1)} s; B rewritten: ${JSON.stringify(copy.summary)}`);
}, 10 * 60 * 1000);

afterAll(async () => {
  await Promise.all([serverA?.stop(), serverB?.stop()]);
  await Promise.all([a?.drop(), b !== a ? b?.drop() : undefined]);
}, 120 * 1000);

// ---------------------------------------------------------------------------------------------

/** Headers that legitimately differ between two servers answering the same thing. */
const UNCOMPARED_HEADERS = new Set(['date', 'x-response-time', 'connection', 'keep-alive']);

const show = (buffer: Buffer, from: number, to: number) => JSON.stringify(buffer.subarray(Math.max(0, from), to).toString('utf8'));

/** What differs between A's and B's answers, or what is wrong with either; empty when all is well. */
function problemsOf(ra: RawResponse, rb: RawResponse): { kind: string; detail: string }[] {
  const problems: { kind: string; detail: string }[] = [];
  if (ra.status >= 500) problems.push({ kind: '5xx', detail: `A answered ${ra.status}: ${show(ra.body, 0, 300)}` });
  if (rb.status >= 500) problems.push({ kind: '5xx', detail: `B answered ${rb.status}: ${show(rb.body, 0, 300)}` });
  if (ra.status !== rb.status) problems.push({ kind: 'status differs', detail: `status A ${ra.status}, B ${rb.status}` });
  const names = new Set([...Object.keys(ra.headers), ...Object.keys(rb.headers)]);
  for (const name of [...names].sort()) {
    if (UNCOMPARED_HEADERS.has(name)) continue;
    const [x, y] = [JSON.stringify(ra.headers[name]), JSON.stringify(rb.headers[name])];
    if (x !== y && !(name === 'etag' || name === 'content-length')) problems.push({ kind: 'header differs', detail: `${name}: A ${x}, B ${y}` });
  }
  if (!ra.body.equals(rb.body)) {
    let at = 0;
    while (at < ra.body.length && at < rb.body.length && ra.body[at] === rb.body[at]) at += 1;
    problems.push({
      kind: 'body differs',
      detail: `bodies differ from byte ${at} (A ${ra.body.length} bytes, B ${rb.body.length}; ETag A ${ra.headers.etag}, B ${rb.headers.etag}):\n    A …${show(ra.body, at - 120, at + 200)}\n    B …${show(rb.body, at - 120, at + 200)}`,
    });
  } else if (ra.headers.etag !== rb.headers.etag || ra.headers['content-length'] !== rb.headers['content-length']) {
    problems.push({ kind: 'header differs', detail: `same body, but ETag A ${ra.headers.etag}, B ${rb.headers.etag}; Content-Length A ${ra.headers['content-length']}, B ${rb.headers['content-length']}` });
  }
  return problems;
}

async function ask(path: string) {
  const [ra, rb] = await Promise.all([serverA!.get(path), serverB!.get(path)]);
  return { ra, rb, problems: problemsOf(ra, rb) };
}

const describeProblems = (path: string, problems: { kind: string; detail: string }[]) =>
  `GET ${path}\n${problems.map((p) => `  [${p.kind}] ${p.detail}`).join('\n')}`;

/** The route a request goes to, for the statistics. */
function routeOf(path: string): string {
  const [pathname] = path.split('?');
  const match = /^\/api\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return pathname;
  if (match[1] === 'incident-linker') return `incident-linker ${match[2]?.split('/')[1]}`;
  if (match[2]?.startsWith('/by-slug/')) return 'articles by-slug';
  return match[2] ? `${match[1]}/:id` : match[1];
}

/** Findings grouped by the shape of their request (values and ids left out), the shortest of each. */
function byShape(findings: { path: string; problems: { kind: string; detail: string }[] }[], limit: number): string {
  const shapes = new Map<string, { path: string; problems: { kind: string; detail: string }[]; count: number }>();
  for (const finding of findings) {
    const shape = finding.path.replace(/=[^&]*/g, '=…').replace(/\[\d+\]/g, '[i]').replace(/\/[a-z0-9]{24}(?=[/?]|$)/g, '/:id').replace(/\/by-slug\/[^?]*/, '/by-slug/:slug');
    const known = shapes.get(shape);
    if (!known) shapes.set(shape, { ...finding, count: 1 });
    else {
      known.count += 1;
      if (finding.path.length < known.path.length) Object.assign(known, { path: finding.path, problems: finding.problems });
    }
  }
  const sorted = [...shapes.values()].sort((x, y) => y.count - x.count || x.path.length - y.path.length);
  const shown = sorted.slice(0, limit).map((f) => `(${f.count}×) ${describeProblems(f.path, f.problems)}`);
  return (shown.join('\n') || '  none') + (sorted.length > limit ? `\n  … and ${sorted.length - limit} more shapes` : '');
}

// ---------------------------------------------------------------------------------------------
// Known attacks, each on its own.

const prefixOf = (text: string, length: number) => encodeURIComponent(text.slice(0, length));
const ATTACKS: [string, (k: Knowledge, f: WithheldFixtures) => string][] = [
  ['_q searches what a source withholds', () => '/api/sources?_q=field%20coordinator&fields[0]=kind'],
  ['_q on contact notes of open sources', () => '/api/sources?_q=Abu%20Omar'],
  ['filters inside populate', (_k, f) => `/api/articles?filters[documentId][$eq]=${f.publishedArticles[1]}&populate[sources][filters][title][$startsWith]=${prefixOf('Abu Khaled', 3)}`],
  ['filters inside populate, on the url', () => '/api/incidents?populate[sources][filters][url][$containsi]=t.me&fields[0]=title'],
  ['filters on localizations read drafts', () => `/api/articles?locale=ar&fields[0]=title&filters[localizations][title][$startsWith]=${prefixOf('Abu Khaled names', 3)}`],
  ['filters on localizations see unpublished translations', () => '/api/articles?filters[localizations][publishedAt][$null]=true&fields[0]=title'],
  ['filters on localizations of incidents', () => `/api/incidents?fields[0]=title&filters[localizations][title][$startsWith]=${encodeURIComponent('براميل')}`],
  ['sort sources by title', () => '/api/sources?sort=title&fields[0]=kind'],
  ['sort sources by publisher', () => '/api/sources?sort[0]=publisher:desc'],
  ['sort populated sources by title', () => '/api/articles?populate[sources][sort]=title'],
  ['sort articles by a source title', () => '/api/articles?sort=sources.title&fields[0]=title'],
  ['sort by search text', () => '/api/articles?sort=searchText&fields[0]=title'],
  ['casualty figures between published and draft', () => '/api/incidents?filters[casualties][killedMin][$between][0]=13&filters[casualties][killedMin][$between][1]=40&fields[0]=title'],
  ['perpetrator certainty of drafts', () => '/api/incidents?filters[perpetrators][certainty][$eq]=confirmed&fields[0]=title'],
  ['createdBy email', () => '/api/articles?filters[createdBy][email][$startsWith]=a&fields[0]=title'],
  ['filters[$or]=x', () => '/api/articles?filters[$or]=x'],
  ['filters[$or][0]=x', () => '/api/articles?filters[$or][0]=x'],
  ['$between with one value', () => '/api/articles?filters[id][$between]=1'],
  ['stacked operators', () => '/api/articles?filters[title][$eq][$ne]=x'],
  ['an id that is no number', () => '/api/articles?filters[id][$eq]=abc'],
  ['an id out of range', () => '/api/articles?filters[id][$eq]=1e999'],
  ['NUL in a filter value', () => '/api/articles?filters[title][$eq]=a%00b'],
  ['NUL in a documentId', () => '/api/articles/a%00b'],
  ['invalid UTF-8 in a filter value', () => '/api/sources?filters[title][$startsWith]=%FF'],
  ['site filters with malformed filters', () => '/api/incidents?location=SY07&filters=abc'],
  ['a never-published article', (_k, f) => `/api/articles/${f.neverPublishedArticles[0]}`],
  ['a never-published incident through the linker', (_k, f) => `/api/incident-linker/incidents/${f.neverPublishedIncidents[0]}/articles`],
  ['the articles of a published incident', (_k, f) => `/api/incident-linker/incidents/${f.publishedIncidents[0]}/articles?locale=ar`],
  ['the incidents of a published article', (_k, f) => `/api/incident-linker/articles/${f.publishedArticles[0]}/incidents`],
  ['figures with a minimum between published and draft', () => '/api/incident-figures?groupBy=month&minKilled=20'],
  ['search for a draft title', () => '/api/search?q=Abu%20Khaled'],
];

test.each(ATTACKS)('known attack: %s', async (_name, build) => {
  const path = build(knowledge, fixtures);
  const { problems } = await ask(path);
  if (problems.length > 0) throw new Error(describeProblems(path, problems));
});

// ---------------------------------------------------------------------------------------------

test(`generated requests: A and B answer alike (${RUNS} runs)`, async () => {
  const statuses = new Map<string, Map<number, number>>();
  const reasons = new Map<string, number>();
  const findings: { path: string; problems: { kind: string; detail: string }[] }[] = [];
  let requests = 0;
  // The grammar's requests, well-formed and not, and requests the contract accepts aimed at withheld values.
  const generated = fc.oneof({ weight: 3, arbitrary: publicRequest(knowledge) }, { weight: 2, arbitrary: contractRequest(knowledge) });
  const property = fc.asyncProperty(generated, async (path) => {
    const { ra, problems: all } = await ask(path);
    const problems = IGNORE_5XX ? all.filter((problem) => problem.kind !== '5xx') : all;
    requests += 1;
    const route = routeOf(path);
    const counts = statuses.get(route) ?? new Map<number, number>();
    counts.set(ra.status, (counts.get(ra.status) ?? 0) + 1);
    statuses.set(route, counts);
    if (DEBUG && ra.status === 400) {
      let reason = ra.body.toString().slice(0, 90);
      try {
        const { error } = JSON.parse(ra.body.toString());
        reason = (error.details?.errors?.map((e: any) => `${e.path?.join('.')}: ${e.message}`).join(' | ') || error.message).replace(/"[^"]*"|\d+/g, '…').slice(0, 110);
      } catch {}
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    if (problems.length === 0) return;
    if (SURVEY) findings.push({ path, problems });
    else throw new Error(describeProblems(path, problems));
  });

  const started = Date.now();
  const report = () => {
    const seconds = (Date.now() - started) / 1000;
    const table = [...statuses.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([route, counts]) => `  ${route.padEnd(28)} ${[...counts.entries()].sort(([x], [y]) => x - y).map(([status, n]) => `${status}×${n}`).join(' ')}`)
      .join('\n');
    const why = DEBUG ? `\nwhy A said 400:\n${[...reasons.entries()].sort(([, x], [, y]) => y - x).map(([reason, n]) => `  ${n} ${reason}`).join('\n')}` : '';
    return `${requests} requests to each of A and B in ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, requests)).toFixed(1)} ms each), seed ${SEED}; A's statuses:\n${table}${why}`;
  };
  const details = await fc.check(property, { seed: SEED, numRuns: RUNS, verbose: 1, ...(PATH ? { path: PATH, endOnFailure: true } : {}) });
  console.log(report());
  if (details.failed) {
    // fast-check's report (seed, path, shrunk counterexample, the failures met while shrinking) and the shrunk failure itself.
    throw new Error(
      `${fc.defaultReportMessage(details)}\n\nThe shrunk counterexample fails with:\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}` +
        `\n\nReproduce: PUBLIC_API_FUZZ_SEED=${SEED} PUBLIC_API_FUZZ_PATH=${details.counterexamplePath} DATABASE_CLIENT=${process.env.DATABASE_CLIENT ?? 'sqlite'} npx jest tests/api/public-api-adversarial.test.ts`
    );
  }

  if (findings.length > 0) {
    const differences = findings.filter((f) => f.problems.some((p) => p.kind !== '5xx'));
    const errors = findings.filter((f) => f.problems.some((p) => p.kind === '5xx'));
    const verdict = SAME && differences.length > 0 ? ', although A and B hold the same data: the harness is not deterministic' : '';
    throw new Error(
      `${findings.length} of ${requests} requests failed: ${differences.length} with A and B answering differently${verdict}, ${errors.length} with a 5xx.\n\n` +
        `A and B answer differently (the shortest request of each shape):\n${byShape(differences, 30)}\n\n5xx (the shortest request of each shape):\n${byShape(errors, 15)}`
    );
  }
}, 30 * 60 * 1000);
