import { GROUPINGS } from '../api/incident/services/incident-figures';
import { SEARCHED_TYPES } from '../api/search/services/search';
import { EXCHANGE_LANGUAGES } from '../data-exchange/languages';
import { INCIDENT_FILTER_PARAMETERS } from '../lib/incident-filters';
import { ACTOR, ARTICLE, INCIDENT, INCIDENT_TYPE, LOCATION, SOURCE, TARGET_TYPE, WEAPON } from '../uids';

/**
 * THE PUBLIC READ CONTRACT: everything sites may read, filter, sort and populate, and the query
 * parameters of every public route. It is an allow-list: what is not written here does not exist
 * publicly. The query guard (src/middlewares/public-contract.ts), the output sanitizer
 * (src/sanitizers/public-contract.ts), the OpenAPI document and the README's table are all derived
 * from it, so they cannot disagree. To publish a field, add it here; nothing else is needed.
 *
 * A field's capabilities are words:
 * - `read`: returned in responses;
 * - `filter`: usable in `filters[...]` (the operators follow from the field's type, see OPERATORS);
 * - `sort`: usable in `sort` (and in `populate[...][sort]` when reached through a relation);
 * - `populate` (relations, media, components): may be populated, showing the target's readable fields.
 * A relation or component with `filter` leads into the target's own filterable fields.
 */
export type Capability = 'read' | 'filter' | 'sort' | 'populate';

export interface ModelContract {
  fields: Record<string, Capability[]>;
  /**
   * Rows that are withheld in part: for a row where `field` is true only `shows` may be read, and
   * the other fields can neither be filtered on (a filter on them is narrowed to the other rows) nor
   * sorted by. A row whose flag was not selected is treated as withheld: when in doubt, withhold.
   */
  withheld?: { when: string; shows: string[] };
}

const r = (...capabilities: Capability[]) => capabilities;
const READ = r('read');
const ID = r('read', 'filter');
/** Timestamps of published versions: set when a version is published, so they reveal nothing unpublished. */
const PUBLICATION_TIMES = { createdAt: r('read', 'filter', 'sort'), updatedAt: r('read', 'filter', 'sort'), publishedAt: r('read', 'filter', 'sort') };

const VOCABULARY: ModelContract = {
  fields: {
    id: ID,
    documentId: ID,
    locale: READ,
    key: r('read', 'filter', 'sort'),
    label: r('read', 'filter', 'sort'),
    aliases: READ,
    description: READ,
  },
};

/** Media: the file a site shows (never its provider, folder or metadata). */
export const MEDIA = 'plugin::upload.file';

export const PUBLIC_MODELS: Record<string, ModelContract> = {
  [ARTICLE]: {
    fields: {
      id: ID,
      documentId: ID,
      locale: READ,
      title: r('read', 'filter', 'sort'),
      slug: r('read', 'filter'),
      summary: r('read', 'filter'),
      body: READ,
      dateline: r('read', 'filter', 'sort'),
      section: r('read', 'filter', 'sort'),
      cover: r('populate'),
      locations: r('populate', 'filter'),
      sources: r('populate', 'filter'),
      ...PUBLICATION_TIMES,
    },
  },
  [INCIDENT]: {
    fields: {
      id: ID,
      documentId: ID,
      locale: READ,
      title: r('read', 'filter', 'sort'),
      description: r('read', 'filter'),
      date: r('read', 'filter', 'sort'),
      datePrecision: r('read', 'filter'),
      time: READ,
      incidentType: r('populate', 'filter'),
      weapons: r('populate', 'filter'),
      targets: r('populate', 'filter'),
      perpetrators: r('populate', 'filter'),
      casualties: r('populate', 'filter'),
      location: r('populate', 'filter'),
      locationPrecision: r('read', 'filter'),
      sources: r('populate', 'filter'),
      verificationStatus: r('read', 'filter', 'sort'),
      externalId: r('read', 'filter'),
      ...PUBLICATION_TIMES,
    },
  },
  [LOCATION]: {
    fields: {
      id: ID,
      documentId: ID,
      locale: READ,
      name: r('read', 'filter', 'sort'),
      aliases: READ,
      level: r('read', 'filter', 'sort'),
      parent: r('populate', 'filter'),
      pcode: r('read', 'filter', 'sort'),
      latitude: r('read', 'filter'),
      longitude: r('read', 'filter'),
      coordinatesApproximate: READ,
    },
  },
  [SOURCE]: {
    fields: {
      id: ID,
      documentId: ID,
      locale: READ,
      title: r('read', 'filter'),
      kind: r('read', 'filter', 'sort'),
      url: r('read', 'filter'),
      publisher: r('read', 'filter'),
      publishedDate: r('read', 'filter'),
      accessedDate: READ,
      reliability: r('read', 'filter', 'sort'),
      confidential: r('read', 'filter'),
      archivedCopy: r('populate'),
      archivedCopySha256: READ,
    },
    // A confidential source may be a person in danger: the public learns that it exists, its kind and its reliability.
    withheld: { when: 'confidential', shows: ['id', 'documentId', 'locale', 'kind', 'reliability', 'confidential'] },
  },
  [WEAPON]: VOCABULARY,
  [INCIDENT_TYPE]: VOCABULARY,
  [ACTOR]: VOCABULARY,
  [TARGET_TYPE]: VOCABULARY,
  'incident.casualties': {
    fields: {
      killedMin: r('read', 'filter'),
      killedMax: r('read', 'filter'),
      injuredMin: r('read', 'filter'),
      injuredMax: r('read', 'filter'),
      childrenKilled: r('read', 'filter'),
      womenKilled: r('read', 'filter'),
      childrenInjured: r('read', 'filter'),
      womenInjured: r('read', 'filter'),
      notes: READ,
    },
  },
  'incident.perpetrator-attribution': {
    fields: { actor: r('populate', 'filter'), certainty: r('read', 'filter') },
  },
  [MEDIA]: {
    fields: {
      id: READ,
      documentId: READ,
      name: READ,
      alternativeText: READ,
      caption: READ,
      width: READ,
      height: READ,
      formats: READ,
      ext: READ,
      mime: READ,
      size: READ,
      url: READ,
    },
  },
};

/**
 * The query parameters of public routes. Strapi's own (`filters`, `populate`, `fields`, `sort`,
 * `pagination`, `locale`, `status`) are checked against the models above; the others are
 * declared with their form, and the route's controller checks their meaning (a known key, a place).
 */
export type ParameterForm =
  | { form: 'filters' | 'populate' | 'fields' | 'sort' | 'pagination' | 'locale' | 'status' }
  /** One text value; `values` when it is one of a fixed list. */
  | { form: 'text'; values?: readonly string[]; required?: boolean }
  /** Comma-separated values, or the parameter repeated. */
  | { form: 'list' }
  | { form: 'date' }
  | { form: 'integer'; min: number; max: number }
  | { form: 'boolean' };

export interface ParameterContract {
  name: string;
  description: string;
  spec: ParameterForm;
}

export interface RouteContract {
  /** Under the content API's prefix; `:name` matches one path segment. */
  path: string;
  /** The content type whose find or findOne this is: its `filters`, `populate`... are checked against it. */
  model?: string;
  parameters: ParameterContract[];
  /** Whole `sort` values this route takes besides its model's sortable fields. */
  sortAliases?: readonly string[];
}

const p = (name: string, spec: ParameterForm, description: string): ParameterContract => ({ name, spec, description });

const LOCALE = p('locale', { form: 'locale' }, 'Content locale (en or ar); the default locale when omitted.');
const STATUS = p('status', { form: 'status' }, 'Only `published` is served; drafts are never public.');
const POPULATE = p('populate', { form: 'populate' }, 'Relations to include, with their own fields, filters, sort and populate.');
const FIELDS = p('fields', { form: 'fields' }, 'Fields to return.');
const WITH_LINKS = p('withLinks', { form: 'boolean' }, 'true adds the linked incidents (of an article) or articles (of an incident).');
const FIND = [
  p('filters', { form: 'filters' }, 'Conditions on filterable fields (see the README for the operators of each type).'),
  POPULATE,
  FIELDS,
  p('sort', { form: 'sort' }, 'Sortable fields, each with :asc or :desc.'),
  p('pagination', { form: 'pagination' }, 'page and pageSize (at most 100), or start and limit; withCount.'),
  LOCALE,
  STATUS,
];
const FIND_ONE = [POPULATE, FIELDS, LOCALE, STATUS];

const SITE_FILTER_DESCRIPTIONS: Record<(typeof INCIDENT_FILTER_PARAMETERS)[number], [ParameterForm, string]> = {
  from: [{ form: 'date' }, 'Incidents on or after this date (YYYY-MM-DD).'],
  to: [{ form: 'date' }, 'Incidents on or before this date (YYYY-MM-DD).'],
  location: [{ form: 'list' }, 'Places by documentId or OCHA p-code, comma-separated; each includes every place inside it.'],
  type: [{ form: 'list' }, 'Incident-type keys, comma-separated (e.g. airstrike).'],
  weapon: [{ form: 'list' }, 'Weapon keys, comma-separated (e.g. white-phosphorus).'],
  perpetrator: [{ form: 'list' }, 'Actor keys, comma-separated (e.g. russian-armed-forces).'],
  verification: [{ form: 'list' }, 'Verification statuses, comma-separated (reported, corroborated, verified, disputed, retracted).'],
  minKilled: [{ form: 'integer', min: 0, max: 1_000_000 }, 'At least this many killed (lowest reported figure).'],
  minInjured: [{ form: 'integer', min: 0, max: 1_000_000 }, 'At least this many injured (lowest reported figure).'],
};
const SITE_FILTERS = INCIDENT_FILTER_PARAMETERS.map((name) => p(name, ...SITE_FILTER_DESCRIPTIONS[name]));

const SPREADSHEET = [
  p('language', { form: 'text', values: EXCHANGE_LANGUAGES }, 'en: English columns, ar: Arabic columns (`__ar`), both (the default): both.'),
  ...SITE_FILTERS,
];

const FEED = [LOCALE, p('section', { form: 'text' }, 'Only articles of this section.')];
const LINKED = [LOCALE];

/** Collection types whose find and findOne are public, by their plural name. */
const COLLECTIONS: Record<string, { uid: string; find?: ParameterContract[]; findOne?: ParameterContract[]; sortAliases?: readonly string[] }> = {
  articles: { uid: ARTICLE, find: [...FIND, WITH_LINKS], findOne: [...FIND_ONE, WITH_LINKS] },
  incidents: {
    uid: INCIDENT,
    find: [...FIND, WITH_LINKS, ...SITE_FILTERS],
    findOne: [...FIND_ONE, WITH_LINKS],
    sortAliases: ['killed:desc', 'killed:asc', 'injured:desc', 'injured:asc'],
  },
  locations: { uid: LOCATION },
  sources: { uid: SOURCE },
  weapons: { uid: WEAPON },
  'incident-types': { uid: INCIDENT_TYPE },
  actors: { uid: ACTOR },
  'target-types': { uid: TARGET_TYPE },
};

export const PUBLIC_ROUTES: RouteContract[] = [
  { path: '/articles/by-slug/:slug', parameters: [LOCALE] },
  { path: '/articles.rss', parameters: FEED },
  { path: '/articles.atom', parameters: FEED },
  { path: '/incidents.geojson', parameters: [LOCALE, ...SITE_FILTERS] },
  { path: '/incidents.csv', parameters: SPREADSHEET },
  { path: '/incidents.xlsx', parameters: SPREADSHEET },
  {
    path: '/incident-figures',
    parameters: [p('groupBy', { form: 'text', values: GROUPINGS, required: true }, 'What to group by.'), LOCALE, ...SITE_FILTERS],
  },
  {
    path: '/search',
    parameters: [
      p('q', { form: 'text', required: true }, 'The words to search for (at most 200 characters).'),
      LOCALE,
      p('types', { form: 'list' }, `What to search, comma-separated: ${SEARCHED_TYPES.join(', ')} (all by default).`),
      p('limit', { form: 'integer', min: 1, max: 50 }, 'Hits per type (1 to 50, default 10).'),
    ],
  },
  { path: '/incident-linker/articles/:documentId/incidents', parameters: LINKED },
  { path: '/incident-linker/incidents/:documentId/articles', parameters: LINKED },
  { path: '/openapi.json', parameters: [] },
  ...Object.entries(COLLECTIONS).flatMap(([plural, { uid, find = FIND, findOne = FIND_ONE, sortAliases }]) => [
    { path: `/${plural}`, model: uid, parameters: find, sortAliases },
    { path: `/${plural}/:id`, model: uid, parameters: findOne },
  ]),
];
