import { performance } from 'node:perf_hooks';
import { appSchemas } from '../tests/helpers/schemas';
import { PUBLIC_MODELS } from '../src/public-api/contract';
import { checkPublicQuery, normalizePublicQuery, type GuardSettings } from '../src/public-api/query-guard';
import { publicView } from '../src/public-api/public-view';
import { publicRouteOf } from '../src/public-api/routes';

/**
 * What the public read contract costs a request, in process, without a server: matching the
 * route, checking and normalizing the query, and the public view of a response, for the reads
 * `npm run bench:api` makes. Compare with a request's whole time there (milliseconds).
 * Run by hand: `npm run bench:contract` (ROUNDS, default 20,000 per case).
 */
const ROUNDS = Number(process.env.ROUNDS ?? 20_000);
const schemas = appSchemas();
const settings: GuardSettings = { models: PUBLIC_MODELS, attributesOf: (uid) => schemas[uid], locales: ['en', 'ar'], maxLimit: 100 };

const source = (n: number) => ({ id: n, documentId: `s${n}`, locale: 'en', title: `Source ${n}`, kind: 'eyewitness', url: 'https://example.org', publisher: 'P', reliability: 'usually-reliable', confidential: n % 3 === 0, archivedCopySha256: 'f'.repeat(64) });
const article = (n: number) => ({
  id: n, documentId: `a${n}`, locale: 'en', title: `Article ${n}`, slug: `article-${n}`, summary: 'Summary '.repeat(20), body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body '.repeat(200) }] }],
  dateline: '2017-04-10T15:15:00.000Z', section: 'coalition-news', createdAt: '2017', updatedAt: '2017', publishedAt: '2017',
  locations: [{ id: 1, documentId: 'l1', name: 'Idlib', level: 'governorate', pcode: 'SY07', latitude: 35.9, longitude: 36.6 }],
  sources: [source(n), source(n + 1)],
});

const cases: { name: string; path: string; query: () => Record<string, unknown>; response?: { uid: string; data: unknown } }[] = [
  { name: 'article list, 25 with places and sources', path: '/articles', query: () => ({ locale: 'ar', populate: { locations: { fields: ['name'] }, sources: 'true' }, pagination: { pageSize: '25' } }), response: { uid: 'api::article.article', data: Array.from({ length: 25 }, (_, i) => article(i)) } },
  { name: 'incident list with site filters and Strapi filters', path: '/incidents', query: () => ({ location: 'SY07', weapon: 'white-phosphorus', from: '2017-04-01', to: '2017-04-30', sort: 'killed:desc', filters: { $or: [{ title: { $containsi: 'Idlib' } }, { casualties: { killedMin: { $gte: '10' } } }], sources: { title: { $startsWith: 'Act' } } }, populate: '*' }) },
  { name: 'figures', path: '/incident-figures', query: () => ({ groupBy: 'month', from: '2017-01-01', to: '2017-12-31' }) },
  { name: 'article page', path: '/articles/by-slug/x', query: () => ({ locale: 'ar' }) },
];

for (const c of cases) {
  const route = publicRouteOf(c.path)!;
  let start = performance.now();
  for (let i = 0; i < ROUNDS; i += 1) {
    const query = c.query();
    if (checkPublicQuery(route, query, settings).length > 0) throw new Error(`${c.name}: refused`);
    normalizePublicQuery(route, query, settings);
  }
  const guard = ((performance.now() - start) * 1000) / ROUNDS;
  let view = 0;
  if (c.response) {
    const rounds = Math.ceil(ROUNDS / 20);
    start = performance.now();
    for (let i = 0; i < rounds; i += 1) publicView(c.response.data, c.response.uid, settings);
    view = ((performance.now() - start) * 1000) / rounds;
  }
  console.log(`${c.name.padEnd(52)} guard ${guard.toFixed(1).padStart(6)} µs${c.response ? `   public view ${view.toFixed(1).padStart(7)} µs` : ''}`);
}
