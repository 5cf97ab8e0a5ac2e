import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ARTICLE, LOCATION } from '../src/uids';
import type { GeneratedArticle } from './generate';
import { getJson } from './http';
import { seeded } from './random';

/**
 * What bench/content-api.ts measures: for each public read a site makes, the request to our
 * endpoint and the requests a site would make to plain Strapi's find for the same data. Each
 * scenario is built from the generated content and checked (`check`) to return the same documents
 * on both sides before anything is timed.
 */
export interface Scenario {
  key: string;
  title: string;
  /** Our endpoint: one request per visit, these paths in turn. */
  ours: string[];
  /** Plain Strapi: per visit (the same data as `ours` at the same index), requests made one after the other. */
  plain: string[][];
  /**
   * One request a visit on both sides whatever the data (autocannon, per request), or pages whose
   * number grows with the data (whole visits timed, bench/scenario-worker.ts): fixed per scenario,
   * so that every size is measured alike.
   */
  perRequest: boolean;
  /** What differs between the two answers, and how the plain side was chosen. */
  notes: string[];
  /** Fetches both sides once and throws if they do not hold the same documents; says what it compared. */
  check(base: string): Promise<string>;
}

/** The plain side pages through at Strapi's maximum page size, as a site would to fetch everything. */
const PAGE_SIZE = 100;
/** Strapi parses at most 101 array items from a query string (qs `arrayLimit` 100): longer `$in` lists go in several requests. */
const IN_LIMIT = 100;
const YEARS = [2013, 2014, 2015, 2016];
const LIST_PAGES = 20;
const SLUGS = 50;
const SEARCH_WORDS = 20;

/** A query string with brackets left readable; values encoded. */
export const query = (params: [string, string | number][]) => params.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');

export interface Gazetteer {
  /** The place and everything inside it, by documentId. */
  inside: (documentId: string) => string[];
  governorates: { documentId: string; pcode: string; name: string; places: number }[];
  nameOf: (documentId: string) => string;
}

/** The place tree as a site would hold it (read here from the database, not counted against plain). */
export async function gazetteer(strapi: Core.Strapi): Promise<Gazetteer> {
  const rows: any[] = await strapi.db.query(LOCATION).findMany({
    where: { locale: 'en' },
    select: ['documentId', 'pcode', 'level', 'name'],
    populate: { parent: { select: ['documentId'] } },
  });
  const children = new Map<string, string[]>();
  for (const row of rows) if (row.parent) children.set(row.parent.documentId, [...(children.get(row.parent.documentId) ?? []), row.documentId]);
  const inside = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap(inside)];
  const names = new Map(rows.map((r) => [r.documentId, r.name as string]));
  const governorates = rows
    .filter((r) => r.level === 'governorate')
    .map((r) => ({ documentId: r.documentId, pcode: r.pcode, name: r.name, places: inside(r.documentId).length }));
  return { inside, governorates, nameOf: (id) => names.get(id) ?? id };
}

/** Page 1 tells the total; later pages skip the count query, as a careful site would. */
async function allPages(base: string, path: string): Promise<string[]> {
  const first = `${path}&pagination[pageSize]=${PAGE_SIZE}&pagination[page]=1`;
  const { pageCount } = (await getJson(base + first)).meta.pagination;
  const rest = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => `${path}&pagination[pageSize]=${PAGE_SIZE}&pagination[page]=${i + 2}&pagination[withCount]=false`);
  return [first, ...rest];
}

const span = (values: number[]) => (Math.min(...values) === Math.max(...values) ? `${values[0]}` : `${Math.min(...values)}–${Math.max(...values)}`);
const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set(b).size === b.length && new Set(a).size === new Set([...a, ...b]).size;

async function fetchAll(base: string, paths: string[]) {
  const bodies = [];
  for (const p of paths) bodies.push(await getJson(base + p));
  return bodies;
}

export function articleList(): Scenario {
  const pages = Array.from({ length: LIST_PAGES }, (_, i) => i + 1);
  const page = (p: number) => `/api/articles?locale=en&pagination[pageSize]=25&pagination[page]=${p}`;
  const ours = pages.map((p) => `${page(p)}&withLinks=true`);
  const plain = pages.map((p) => [`${page(p)}&populate[locations]=true`]);
  return {
    key: 'list',
    title: '25 articles with their incidents',
    ours,
    plain,
    perRequest: true,
    notes: [
      `Pages 1–${LIST_PAGES} in turn. Plain Strapi has no article→incident relation; as in the incident-linker bench, it populates \`locations\`, a many-to-many of about the same size (the generator names 2–6 places per article, links 0–8 incidents).`,
    ],
    async check(base) {
      let links = 0;
      let locations = 0;
      for (const [i, path] of ours.entries()) {
        const [a, b] = await fetchAll(base, [path, plain[i][0]]);
        const ids = (body: any) => (body.data as any[]).map((x) => x.documentId).join();
        if (ids(a) !== ids(b)) throw new Error(`list page ${i + 1}: different articles`);
        links += (a.data as any[]).reduce((n, x) => n + x.linkedIncidents.length, 0);
        locations += (b.data as any[]).reduce((n, x) => n + x.locations.length, 0);
      }
      return `same 25 articles on each page; ${links} linked incidents (ours) vs ${locations} locations (plain) over the ${LIST_PAGES} pages`;
    },
  };
}

const INCIDENT_POPULATE = 'populate[location]=true&populate[incidentType]=true&populate[weapons]=true&populate[perpetrators][populate]=actor&populate[casualties]=true';

/**
 * The incidents of a governorate in a year, for a map. Plain Strapi filters on the ids of every
 * place inside the governorate, at most 100 to a request, and pages through each list.
 */
export async function geojson(base: string, places: Gazetteer, size: 'small' | 'large'): Promise<Scenario> {
  const governorate = pickGovernorate(places, size);
  const ids = places.inside(governorate.documentId);
  const ours = YEARS.map((y) => `/api/incidents.geojson?${query([['location', governorate.pcode], ['from', yearRange(y).from], ['to', yearRange(y).to], ['locale', 'en']])}`);
  const plain: string[][] = [];
  for (const year of YEARS) {
    const visit: string[] = [];
    for (const chunk of chunks(ids, IN_LIMIT)) {
      const filter = query([...chunk.map((id, i) => [`filters[location][documentId][$in][${i}]`, id] as [string, string]), ['filters[date][$gte]', yearRange(year).from], ['filters[date][$lte]', yearRange(year).to]]);
      visit.push(...(await allPages(base, `/api/incidents?locale=en&${filter}&${INCIDENT_POPULATE}`)));
    }
    plain.push(visit);
  }
  const requests = plain.map((v) => v.length);
  return {
    key: `geojson-${size}`,
    title: `GeoJSON: ${governorate.name} (${ids.length} places), one year`,
    ours,
    plain,
    perRequest: false,
    notes: [
      `${governorate.name} (${governorate.pcode}) and everything inside it (${ids.length} places), years ${YEARS[0]}–${YEARS[YEARS.length - 1]} in turn. Plain: \`/api/incidents\` with \`filters[location][documentId][$in]\` (${Math.ceil(ids.length / IN_LIMIT)} list(s) of ≤ ${IN_LIMIT} ids: Strapi reads no more from a query string), the date range, the same populate as the map, ${PAGE_SIZE} a page; ${span(requests)} requests a visit. The site is given the place ids for free.`,
    ],
    async check(b) {
      const counts: number[] = [];
      for (const [i, path] of ours.entries()) {
        const features = ((await getJson(b + path)).features as any[]).map((f) => f.properties.documentId);
        const rows = (await fetchAll(b, plain[i])).flatMap((body) => (body.data as any[]).map((x) => x.documentId));
        if (!sameSet(features, rows)) throw new Error(`geojson ${path}: ${features.length} features, plain ${rows.length} incidents`);
        counts.push(features.length);
      }
      return `same incidents on both sides: ${counts.join(', ')} features a year`;
    },
  };
}

/** The governorate with most places (large), or with most places that plain Strapi can still ask for in one request (small). */
function pickGovernorate(places: Gazetteer, size: 'small' | 'large') {
  const sorted = [...places.governorates].sort((a, b) => b.places - a.places);
  const chosen = size === 'large' ? sorted[0] : sorted.find((g) => g.places <= IN_LIMIT + 1);
  if (!chosen) throw new Error(`no governorate with at most ${IN_LIMIT + 1} places`);
  return chosen;
}

/** Incidents and casualties by month over a year of the whole country, for a chart. */
export async function figures(base: string): Promise<Scenario> {
  const ours = YEARS.map((y) => `/api/incident-figures?${query([['groupBy', 'month'], ['from', yearRange(y).from], ['to', yearRange(y).to], ['locale', 'en']])}`);
  const plain: string[][] = [];
  for (const year of YEARS) plain.push(await figuresPages(base, year));
  return {
    key: 'figures',
    title: 'Figures by month, one year',
    ours,
    plain,
    perRequest: false,
    notes: [
      `\`groupBy=month\` over one year of the whole country, years ${YEARS[0]}–${YEARS[YEARS.length - 1]} in turn. Plain: \`/api/incidents\` with the date range, \`fields[0]=date\` and \`populate[casualties]\`, ${PAGE_SIZE} a page, summed by the site (${span(plain.map((v) => v.length))} requests a visit).`,
    ],
    async check(b) {
      for (const [i, path] of ours.entries()) await sameFigures(b, path, plain[i]);
      return 'same counts and casualty sums per month on both sides';
    },
  };
}

/** The pages a site reads to sum incidents by month, for a year or (without one) the whole archive. */
export async function figuresPages(base: string, year?: number) {
  const range = year ? `&${query([['filters[date][$gte]', yearRange(year).from], ['filters[date][$lte]', yearRange(year).to]])}` : '';
  return allPages(base, `/api/incidents?locale=en${range}&fields[0]=date&populate[casualties]=true`);
}

/** Sums the plain pages as the figures endpoint does, and compares with its answer. */
export async function sameFigures(base: string, oursPath: string, plainPaths: string[]) {
  const ours = await getJson(base + oursPath);
  const sums = new Map<string, number[]>();
  for (const body of await fetchAll(base, plainPaths)) {
    for (const incident of body.data as any[]) {
      const c = incident.casualties ?? {};
      const month = String(incident.date).slice(0, 7);
      const s = sums.get(month) ?? [0, 0, 0, 0, 0];
      const figures = [1, c.killedMin ?? 0, c.killedMax ?? c.killedMin ?? 0, c.injuredMin ?? 0, c.injuredMax ?? c.injuredMin ?? 0];
      sums.set(month, s.map((v, k) => v + figures[k]));
    }
  }
  const theirs = (ours.data as any[]).map((g) => `${g.key}:${[g.incidents, g.killed.min, g.killed.max, g.injured.min, g.injured.max].join('/')}`);
  const mine = [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => `${k}:${s.join('/')}`);
  if (theirs.join() !== mine.join()) throw new Error(`figures ${oursPath}: ${theirs.slice(0, 3).join()} vs plain ${mine.slice(0, 3).join()}`);
}

/** Our search, when the app has it (src/api/search), against plain Strapi's title filter. */
export function search(strapiAppDir: string, articles: GeneratedArticle[], places: Gazetteer, seed: number): Scenario | string {
  if (!fs.existsSync(path.join(strapiAppDir, 'src', 'api', 'search'))) return 'skipped: the app has no search endpoint (src/api/search) at this commit; the scenario runs when it exists';
  const named = [...new Set(articles.flatMap((a) => a.locationIds))].map((id) => places.nameOf(id)).filter((n) => /^[A-Za-z]/.test(n));
  const words = seeded(seed + 3).sample([...new Set(named)], SEARCH_WORDS);
  return {
    key: 'search',
    title: 'Search for a place name',
    ours: words.map((w) => `/api/search?${query([['q', w], ['locale', 'en']])}`),
    plain: words.map((w) => [`/api/articles?${query([['locale', 'en'], ['filters[title][$containsi]', w]])}`]),
    perRequest: true,
    notes: [`${words.length} English place names in turn. Plain filters article titles only (\`$containsi\`), one page of 25; our search decides itself what it searches and returns.`],
    async check(base) {
      let ours = 0;
      let plain = 0;
      for (const [i, path] of this.ours.entries()) {
        const body = await getJson(base + path);
        if (!Array.isArray(body.data)) throw new Error(`search ${path}: no data list`);
        ours += body.data.length;
        plain += (await getJson(base + this.plain[i][0])).data.length;
      }
      return `not the same question: ${ours} results (ours) vs ${plain} articles with the word in the title (plain) over ${words.length} words`;
    },
  };
}

/** An article page: by slug, with everything the page shows. */
export async function bySlug(strapi: Core.Strapi, articles: GeneratedArticle[], seed: number): Promise<Scenario> {
  const sample = seeded(seed + 4).sample(articles, SLUGS).map((a) => a.documentId);
  const rows: any[] = await strapi.db.query(ARTICLE).findMany({ where: { locale: 'en', publishedAt: { $notNull: true }, documentId: { $in: sample } }, select: ['slug'] });
  const slugs = rows.map((r) => r.slug as string);
  const ours = slugs.map((s) => `/api/articles/by-slug/${encodeURIComponent(s)}?locale=en`);
  const plain = slugs.map((s) => [`/api/articles?${query([['filters[slug][$eq]', s], ['locale', 'en']])}&populate[cover]=true&populate[locations]=true&populate[sources]=true`]);
  return {
    key: 'by-slug',
    title: 'An article page by slug',
    ours,
    plain,
    perRequest: true,
    notes: [
      `${slugs.length} English articles in turn. Ours also returns the article's linked incidents and the locales it exists in (plain Strapi cannot); the generated articles have no cover and no sources, on both sides.`,
    ],
    async check(base) {
      let linked = 0;
      for (const [i, path] of ours.entries()) {
        const [a, b] = await fetchAll(base, [path, plain[i][0]]);
        if (a.data.documentId !== b.data[0]?.documentId || b.data.length !== 1) throw new Error(`by-slug ${path}: ${a.data.documentId} vs ${b.data[0]?.documentId}`);
        linked += a.data.linkedIncidents.length;
      }
      return `same article on both sides; ours adds ${(linked / ours.length).toFixed(1)} linked incidents an article on average`;
    },
  };
}
