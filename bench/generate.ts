import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { arabicReadings, foldedWords } from '@syria-cms/bilingual-text';
import { firstFreeSlug, slugOf } from '../src/lib/slug';
import { ACTOR, ARTICLE, INCIDENT, INCIDENT_TYPE, LOCATION, WEAPON } from '../src/uids';
import { insertDocuments, type BulkComponent, type BulkDocument } from './bulk-insert';
import { seeded, skewedRanks, type Random } from './random';
import { GOVERNORATES } from './syria';
import { articleTexts, incidentTexts, TEMPLATE_WORDS, type Names } from './texts';
import { townNameMaker } from './town-names';

/**
 * Fills a booted Strapi's database with a realistic volume of content in English and Arabic:
 * a gazetteer (governorates, districts, made-up towns), incidents at those places from 2012 to
 * 2024 with their casualty figures and perpetrators, articles that report clusters of them
 * (naming their places and a weapon), and the links between them. Deterministic for a seed. Vocabulary terms go through the Document Service (a
 * handful); everything else is written in bulk with the rows it would write (bench/bulk-insert.ts).
 */
export interface Sizes {
  seed: number;
  locations: number;
  incidents: number;
  articles: number;
  maxLinksPerArticle: number;
}

export function sizesFromEnv(env: NodeJS.ProcessEnv = process.env): Sizes {
  const int = (name: string, fallback: number) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${env[name]}"`);
    return value;
  };
  return {
    seed: int('BENCH_SEED', 20170410),
    locations: int('BENCH_LOCATIONS', 3000),
    incidents: int('BENCH_INCIDENTS', 10000),
    articles: int('BENCH_ARTICLES', 2000),
    maxLinksPerArticle: int('BENCH_MAX_LINKS', 8),
  };
}

/** What the benchmark needs to know about the generated articles, to pick samples and check answers. */
export interface GeneratedArticle {
  documentId: string;
  locationIds: string[];
  incidentIds: string[];
  titles: Names;
}

export interface Generated {
  sizes: Sizes;
  /** Seconds per phase, and in total. */
  seconds: Record<'vocabulary' | 'locations' | 'incidents' | 'articles' | 'links' | 'statistics' | 'total', number>;
  rows: Record<string, number>;
  articles: GeneratedArticle[];
}

interface Place extends Names {
  documentId: string;
  aliases: { en: string[]; ar: string[] };
  level: string;
  governorate: number;
}

interface Incident {
  documentId: string;
  day: number;
  place: Place;
  type: Term;
  weapons: Term[];
  killed: number;
}

interface Term {
  documentId: string;
  key: string;
  label: Names;
  /** Label and aliases usable inside a sentence, per language. */
  words: { en: string[]; ar: string[] };
}

const DAY = 24 * 3600 * 1000;
const YEAR_WEIGHTS: [number, number][] = [
  [2012, 8], [2013, 12], [2014, 12], [2015, 12], [2016, 13], [2017, 10], [2018, 9], [2019, 7], [2020, 5], [2021, 4], [2022, 3], [2023, 3], [2024, 2],
];
/** Which weapons each incident type is reported with (keys of data/demo/vocabularies.json). */
const WEAPONS_OF_TYPE: Record<string, string[]> = {
  airstrike: ['aerial-bomb', 'cluster-munitions', 'white-phosphorus', 'napalm', 'missile'],
  shelling: ['cluster-munitions', 'missile'],
  'missile-strike': ['missile', 'cluster-munitions'],
  'chemical-attack': ['chemical-weapon'],
  massacre: [],
};
const TYPE_WEIGHTS: Record<string, number> = { airstrike: 45, shelling: 35, 'missile-strike': 10, massacre: 6, 'chemical-attack': 4 };
/** Who each incident type is attributed to, and how often (keys of data/demo/vocabularies.json). */
const ACTORS_OF_TYPE: Record<string, Record<string, number>> = {
  airstrike: { 'syrian-government-forces': 50, 'russian-armed-forces': 40, 'united-states-armed-forces': 10 },
  shelling: { 'syrian-government-forces': 90, 'russian-armed-forces': 10 },
  'missile-strike': { 'syrian-government-forces': 60, 'russian-armed-forces': 40 },
  'chemical-attack': { 'syrian-government-forces': 1 },
  massacre: { 'syrian-government-forces': 1 },
};

export async function generate(strapi: Core.Strapi, sizes: Sizes = sizesFromEnv()): Promise<Generated> {
  const random = seeded(sizes.seed);
  const at = new Date();
  const seconds = {} as Generated['seconds'];
  const rows: Record<string, number> = {};
  const started = performance.now();
  const timed = async <T>(phase: keyof Generated['seconds'], work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    seconds[phase] = (performance.now() - start) / 1000;
    return result;
  };
  const count = (uid: string, written: { rows: number; joinRows: number; componentRows: number }) => {
    rows[uid] = written.rows;
    rows[`${uid} (relation rows)`] = written.joinRows;
    if (written.componentRows) rows[`${uid} (component rows)`] = written.componentRows;
  };

  const { types, weapons, actors } = await timed('vocabulary', () => createVocabulary(strapi));
  const places = makePlaces(random, sizes.locations);
  await timed('locations', async () => count(LOCATION, await insertDocuments(strapi, LOCATION, places.documents, at)));
  // Figures and perpetrators draw from their own sequence: the rest of the content stays what it was before they were added.
  const incidents = makeIncidents(random, sizes.incidents, places.all, types, weapons, { random: seeded(sizes.seed + 2), actors });
  await timed('incidents', async () => count(INCIDENT, await insertDocuments(strapi, INCIDENT, incidents.documents, at)));
  const articles = makeArticles(random, sizes, incidents.all, places.all, weapons);
  await timed('articles', async () => count(ARTICLE, await insertDocuments(strapi, ARTICLE, articles.documents, at)));
  await timed('links', async () => {
    const links = articles.links.map((link) => ({ documentId: random.documentId(), ...link, note: null, createdAt: at, updatedAt: at, publishedAt: at }));
    for (let i = 0; i < links.length; i += 5000) await strapi.db.query('plugin::incident-linker.link').createMany({ data: links.slice(i, i + 5000) });
    rows['plugin::incident-linker.link'] = links.length;
  });
  await timed('statistics', async () => {
    // PostgreSQL's autovacuum analyses and vacuums tables within a minute or so of an import this
    // size: measure with the plans it would then choose, not with a planner that believes the tables
    // are empty, and with index-only scans (the visibility map a vacuum sets), not while it runs.
    // (SQLite has no such daemon and Strapi never runs ANALYZE there, so neither do we.)
    if (strapi.db.dialect.client === 'postgres') await strapi.db.connection.raw('VACUUM ANALYZE');
  });
  seconds.total = (performance.now() - started) / 1000;
  return { sizes, seconds, rows, articles: articles.generated };
}

/** The demo's weapons, incident types and actors, through the Document Service like any editor's entry. */
async function createVocabulary(strapi: Core.Strapi) {
  const file = path.join(strapi.dirs.app.root, 'data', 'demo', 'vocabularies.json');
  const vocabularies = JSON.parse(fs.readFileSync(file, 'utf8'));
  const create = async (uid: string, terms: any[]): Promise<Term[]> => {
    const created: Term[] = [];
    for (const term of terms) {
      const fields = (lang: 'en' | 'ar') => ({ label: term.label[lang], aliases: term.aliases?.[lang]?.join('\n') || null, description: term.description?.[lang] ?? null });
      const documents = strapi.documents(uid as any);
      const english = await documents.create({ locale: 'en', data: { key: term.key, ...fields('en') } as any });
      await documents.update({ documentId: english.documentId, locale: 'ar', data: fields('ar') as any });
      // Words a sentence can use: no bracketed labels ("Napalm (incendiary)").
      const words = (lang: 'en' | 'ar') =>
        [term.label[lang], ...(term.aliases?.[lang] ?? [])].filter((w: string) => !/[()]/.test(w)).map((w: string) => (lang === 'en' ? w.toLowerCase() : w));
      created.push({ documentId: english.documentId, key: term.key, label: term.label, words: { en: words('en'), ar: words('ar') } });
    }
    return created;
  };
  return {
    weapons: await create(WEAPON, vocabularies.weapons),
    types: await create(INCIDENT_TYPE, vocabularies.incidentTypes),
    actors: await create(ACTOR, vocabularies.actors),
  };
}

function makePlaces(random: Random, total: number) {
  const all: Place[] = [];
  const documents: BulkDocument[] = [];
  const add = (place: Omit<Place, 'documentId'>, shared: Record<string, unknown>, parent?: Place) => {
    if (all.length >= total) return undefined;
    const made = { ...place, documentId: random.documentId() };
    all.push(made);
    documents.push({
      documentId: made.documentId,
      shared: { level: place.level, coordinatesApproximate: true, ...shared },
      localized: {
        en: { name: place.en, aliases: place.aliases.en.join('\n') || null },
        ar: { name: place.ar, aliases: place.aliases.ar.join('\n') || null },
      },
      relations: parent ? { parent: [parent.documentId] } : undefined,
    });
    return made;
  };
  const coordinates = (g: number) => {
    const [south, north, west, east] = GOVERNORATES[g].box;
    const round = (n: number) => Math.round(n * 1e4) / 1e4;
    return { latitude: round(south + random.next() * (north - south)), longitude: round(west + random.next() * (east - west)) };
  };

  const governorates = GOVERNORATES.map((g, i) =>
    add(
      { en: g.en, ar: g.ar, aliases: { en: [...g.aliases.en, `${g.en} Governorate`], ar: [...g.aliases.ar, `محافظة ${g.ar}`] }, level: 'governorate', governorate: i },
      { pcode: g.pcode, latitude: (g.box[0] + g.box[1]) / 2, longitude: (g.box[2] + g.box[3]) / 2 }
    )
  );
  const districts: Place[][] = GOVERNORATES.map((g, i) =>
    g.districts
      .map(([en, ar], d) =>
        add({ en, ar, aliases: { en: [], ar: [] }, level: 'district', governorate: i }, { pcode: `${g.pcode}${String(d).padStart(2, '0')}`, ...coordinates(i) }, governorates[i])
      )
      .filter((p): p is Place => p !== undefined)
  );

  const reserved = [...TEMPLATE_WORDS.flatMap((word) => foldedWords(word).flatMap(arabicReadings)), ...all.flatMap((p) => [p.en, p.ar])];
  const nextName = townNameMaker(random, reserved);
  for (let n = 0; all.length < total; n += 1) {
    const g = random.weighted(GOVERNORATES.map((gov) => gov.weight));
    const level = ['city', 'town', 'village'][random.weighted([3, 35, 62])];
    add({ ...nextName(), level, governorate: g }, { pcode: `C${1000 + n}`, ...coordinates(g) }, districts[g].length ? random.pick(districts[g]) : governorates[g]);
  }
  return { all, documents };
}

function makeIncidents(random: Random, total: number, places: Place[], types: Term[], weapons: Term[], details: { random: Random; actors: Term[] }) {
  const towns = places.filter((p) => !['governorate', 'district'].includes(p.level));
  const hotspots = random.sample(towns.length ? towns : places, (towns.length ? towns : places).length); // rank order, shuffled
  const drawTown = skewedRanks(hotspots.length, 0.6);
  const upper = places.filter((p) => ['governorate', 'district'].includes(p.level));
  const years = YEAR_WEIGHTS.map(([, w]) => w);
  const typeWeights = types.map((t) => TYPE_WEIGHTS[t.key] ?? 1);

  const all: Incident[] = [];
  const documents: BulkDocument[] = [];
  for (let n = 0; n < total; n += 1) {
    const year = YEAR_WEIGHTS[random.weighted(years)][0];
    const start = Date.UTC(year, 0, 1);
    const day = Math.floor(start / DAY) + random.int(0, Math.round((Date.UTC(year + 1, 0, 1) - start) / DAY) - 1);
    // Most incidents are located at a town; some only at a district or governorate.
    const imprecise = upper.length > 0 && random.chance(0.12);
    const place = imprecise ? random.pick(upper) : hotspots[drawTown(random)];
    const type = types[random.weighted(typeWeights)];
    const usable = weapons.filter((w) => (WEAPONS_OF_TYPE[type.key] ?? []).includes(w.key));
    const incident: Incident = { documentId: random.documentId(), day, place, type, weapons: random.sample(usable, random.int(usable.length ? 1 : 0, Math.min(2, usable.length))), killed: random.int(0, 40) };
    all.push(incident);
    const date = new Date(day * DAY).toISOString().slice(0, 10);
    const texts = incidentTexts(type.label, place, incident.killed);
    documents.push({
      documentId: incident.documentId,
      shared: {
        date,
        datePrecision: ['day', 'approximate', 'week', 'month'][random.weighted([85, 8, 4, 3])],
        locationPrecision: imprecise ? (place.level === 'governorate' ? 'governorate' : 'district') : ['town', 'exact', 'near'][random.weighted([80, 10, 10])],
        verificationStatus: ['reported', 'corroborated', 'verified', 'disputed', 'retracted'][random.weighted([55, 25, 12, 6, 2])],
        externalId: `INC-${year}-${String(n + 1).padStart(6, '0')}`,
      },
      localized: texts,
      relations: { location: [place.documentId], incidentType: [type.documentId], weapons: incident.weapons.map((w) => w.documentId) },
      components: { casualties: [casualtiesOf(details.random, incident.killed)], perpetrators: perpetratorsOf(details.random, type, details.actors) },
    });
  }
  return { all, documents };
}

/**
 * Figures as reports give them: the killed the text names as the lower figure, often an upper one
 * too, or none ("over 20 killed"); the injured mostly, sometimes unknown; children and women now and then.
 */
function casualtiesOf(random: Random, killed: number): BulkComponent {
  const upper = (min: number) => [min, min + random.int(1, 10), null][random.weighted([70, 20, 10])];
  const injuredMin = random.chance(0.85) ? random.int(0, 2 * killed + 5) : null;
  return {
    fields: {
      killedMin: killed,
      killedMax: upper(killed),
      injuredMin,
      injuredMax: injuredMin === null ? null : upper(injuredMin),
      childrenKilled: random.chance(0.3) ? random.int(0, Math.floor(killed / 3)) : null,
      womenKilled: random.chance(0.2) ? random.int(0, Math.floor(killed / 4)) : null,
    },
  };
}

/** Mostly one actor the type is attributed to, sometimes none (unattributed) or two (joint operations). */
function perpetratorsOf(random: Random, type: Term, actors: Term[]): BulkComponent[] {
  const weights = ACTORS_OF_TYPE[type.key] ?? {};
  const candidates = actors.filter((a) => weights[a.key]);
  const wanted = Math.min(candidates.length, [0, 1, 2][random.weighted([10, 80, 10])]);
  const chosen: Term[] = [];
  while (chosen.length < wanted) {
    const left = candidates.filter((a) => !chosen.includes(a));
    chosen.push(left[random.weighted(left.map((a) => weights[a.key]))]);
  }
  return chosen.map((actor) => ({
    fields: { certainty: ['alleged', 'suspected', 'confirmed', 'contested'][random.weighted([50, 30, 15, 5])] },
    relations: { actor: [actor.documentId] },
  }));
}

/**
 * An article reports a cluster of incidents of the same week, mostly in one governorate, and is
 * dated a day or two after the last; it names their places (two to six) and a weapon. Some
 * articles link no incident (statements, analysis) and name places all the same.
 */
function makeArticles(random: Random, sizes: Sizes, incidents: Incident[], places: Place[], weapons: Term[]) {
  const byDay = new Map<number, Incident[]>();
  for (const incident of incidents) byDay.set(incident.day, [...(byDay.get(incident.day) ?? []), incident]);
  const slugs = { en: new Set<string>(), ar: new Set<string>() };
  const documents: BulkDocument[] = [];
  const generated: GeneratedArticle[] = [];
  const links: { articleDocumentId: string; incidentDocumentId: string; role: string }[] = [];

  for (let n = 0; n < sizes.articles; n += 1) {
    const wanted = incidents.length ? random.int(0, sizes.maxLinksPerArticle) : 0;
    const linked: Incident[] = [];
    if (wanted > 0) {
      const anchor = random.pick(incidents);
      const week = Array.from({ length: 7 }, (_, d) => byDay.get(anchor.day - d) ?? []).flat().filter((i) => i !== anchor);
      const near = week.filter((i) => i.place.governorate === anchor.place.governorate);
      linked.push(anchor, ...random.sample(near, wanted - 1));
      if (linked.length < wanted) linked.push(...random.sample(week.filter((i) => !near.includes(i)), wanted - linked.length));
    }
    const lastDay = linked.length ? Math.max(...linked.map((i) => i.day)) : Math.floor(Date.UTC(2012, 0, 1) / DAY) + random.int(0, 13 * 365);
    const dateline = new Date(lastDay * DAY + random.int(0, 2) * DAY + random.int(6 * 60, 22 * 60) * 60000);

    const named = [...new Set(linked.map((i) => i.place))].slice(0, 6);
    const home = linked[0]?.place ?? random.pick(places);
    const target = Math.max(2, named.length);
    const neighbours = places.filter((p) => p.governorate === home.governorate && !named.includes(p));
    named.push(...random.sample(neighbours, target - named.length));
    if (named.length < 2) named.push(...random.sample(places.filter((p) => !named.includes(p)), 2 - named.length));

    const spelled = named.map((p) => ({
      en: p.aliases.en.length && random.chance(0.25) ? random.pick(p.aliases.en) : p.en,
      ar: p.aliases.ar.length && random.chance(0.25) ? random.pick(p.aliases.ar) : p.ar,
    }));
    const weapon = linked.flatMap((i) => i.weapons)[0] ?? random.pick(weapons);
    const type = linked[0]?.type;
    const texts = articleTexts(random, {
      places: spelled,
      governorate: places.find((p) => p.level === 'governorate' && p.governorate === home.governorate) ?? home,
      typeWord: type ? { en: random.pick(type.words.en), ar: random.pick(type.words.ar) } : { en: 'attacks', ar: 'الهجمات' },
      weaponWord: { en: random.pick(weapon.words.en), ar: random.pick(weapon.words.ar) },
      killed: linked.reduce((sum, i) => sum + i.killed, 0) || random.int(1, 12),
      dateline,
    });
    const documentId = random.documentId();
    const slug = (lang: 'en' | 'ar') => {
      const free = firstFreeSlug(slugOf(texts[lang].title), slugs[lang]);
      slugs[lang].add(free);
      return free;
    };
    documents.push({
      documentId,
      shared: { dateline, section: ['coalition-news', 'statements', 'reports', 'press-releases', 'analysis'][random.weighted([60, 10, 15, 10, 5])] },
      localized: { en: { ...texts.en, slug: slug('en') }, ar: { ...texts.ar, slug: slug('ar') } },
      relations: { locations: named.map((p) => p.documentId) },
    });
    linked.forEach((incident, i) =>
      links.push({
        articleDocumentId: documentId,
        incidentDocumentId: incident.documentId,
        role: i === 0 ? 'primary-report' : ['mentions', 'follow-up', 'analysis'][random.weighted([60, 25, 15])],
      })
    );
    generated.push({
      documentId,
      locationIds: named.map((p) => p.documentId),
      incidentIds: linked.map((i) => i.documentId),
      titles: { en: texts.en.title, ar: texts.ar.title },
    });
  }
  return { documents, generated, links };
}
