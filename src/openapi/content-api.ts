/**
 * OpenAPI descriptions of the endpoints the documentation plugin cannot describe by itself: the
 * site filters on the incident list and the read-only views built for sites. Registered as an
 * override, so they join the paths the plugin generates from the content types.
 */
const text = { type: 'string' };
const query = (name: string, description: string, schema: Record<string, unknown> = text, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

const LOCALE = query('locale', 'Content locale (en or ar); the default locale when omitted.', { type: 'string', enum: ['en', 'ar'] });
export const INCIDENT_FILTERS = [
  query('from', 'Incidents on or after this date (YYYY-MM-DD).', { type: 'string', format: 'date' }),
  query('to', 'Incidents on or before this date (YYYY-MM-DD).', { type: 'string', format: 'date' }),
  query('location', 'Places by documentId or OCHA p-code, comma-separated; each includes every place inside it.'),
  query('type', 'Incident-type keys, comma-separated (e.g. airstrike).'),
  query('weapon', 'Weapon keys, comma-separated (e.g. white-phosphorus).'),
  query('perpetrator', 'Actor keys, comma-separated (e.g. russian-armed-forces).'),
  query('verification', 'Verification statuses, comma-separated (reported, corroborated, verified, disputed, retracted).'),
  query('minKilled', 'At least this many killed (lowest reported figure).', { type: 'integer', minimum: 0 }),
  query('minInjured', 'At least this many injured (lowest reported figure).', { type: 'integer', minimum: 0 }),
];

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const ERRORS = { 400: error('A parameter is unknown or invalid; details.errors names each one and why.'), 429: error('Too many requests; see Retry-After.') };
const json = (schema: Record<string, unknown>, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const feed = (format: string, mediaType: string) => ({
  get: {
    tags: ['Sites'],
    summary: `${format} feed of the newest published articles in a locale`,
    parameters: [LOCALE, query('section', 'Only articles of this section.')],
    responses: { 200: { description: format, content: { [mediaType]: { schema: text } } }, ...ERRORS },
  },
});
const range = { type: 'object', properties: { min: { type: 'integer', nullable: true }, max: { type: 'integer', nullable: true } } };
const term = { type: 'object', nullable: true, properties: { key: text, label: text } };

export const contentApiOverride = {
  tags: [{ name: 'Sites', description: 'Read-only views for public sites, maps and feed readers (published content only).' }],
  paths: {
    '/incidents.geojson': {
      get: {
        tags: ['Sites'],
        summary: 'Incidents as an RFC 7946 GeoJSON FeatureCollection ([longitude, latitude]; properties in the requested locale)',
        parameters: [LOCALE, ...INCIDENT_FILTERS],
        responses: {
          200: {
            description: 'A FeatureCollection; incidents whose place has no coordinates are counted in meta.withoutCoordinates',
            content: { 'application/geo+json': { schema: { $ref: '#/components/schemas/IncidentFeatureCollection' } } },
          },
          ...ERRORS,
        },
      },
    },
    '/incident-figures': {
      get: {
        tags: ['Sites'],
        summary: 'Incident counts and casualty sums (min and max) by month, governorate, perpetrator or weapon',
        parameters: [
          query('groupBy', 'What to group by.', { type: 'string', enum: ['month', 'governorate', 'perpetrator', 'weapon'] }, true),
          LOCALE,
          ...INCIDENT_FILTERS,
        ],
        responses: { 200: json({ $ref: '#/components/schemas/IncidentFigures' }), ...ERRORS },
      },
    },
    '/articles/by-slug/{slug}': {
      get: {
        tags: ['Sites'],
        summary: 'One article page: the article with its cover, places, sources, linked incidents and the locales it exists in',
        parameters: [{ name: 'slug', in: 'path', required: true, schema: text }, LOCALE],
        responses: { 200: json({ type: 'object', properties: { data: { type: 'object' }, meta: { type: 'object' } } }), 404: error('No published article has this slug in this locale.'), ...ERRORS },
      },
    },
    '/articles.rss': feed('RSS 2.0', 'application/rss+xml'),
    '/articles.atom': feed('Atom 1.0', 'application/atom+xml'),
    '/search': {
      get: {
        tags: ['Sites'],
        summary: 'Search articles, incidents and places; Arabic and Latin spellings of a name find the same things',
        parameters: [
          query('q', 'The words to search for (at most 200 characters).', text, true),
          LOCALE,
          query('types', 'Comma-separated: article, incident, location (all by default).'),
          query('limit', 'Hits per type (1-50, default 10).', { type: 'integer', minimum: 1, maximum: 50 }),
        ],
        responses: { 200: json({ $ref: '#/components/schemas/SearchResults' }), ...ERRORS },
      },
    },
    '/openapi.json': {
      get: { tags: ['Sites'], summary: 'This document', responses: { 200: json({ type: 'object' }) } },
    },
  },
  components: {
    schemas: {
      IncidentFeatureCollection: {
        type: 'object',
        required: ['type', 'features'],
        properties: {
          type: { type: 'string', enum: ['FeatureCollection'] },
          features: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                type: { type: 'string', enum: ['Feature'] },
                id: text,
                geometry: {
                  type: 'object',
                  properties: { type: { type: 'string', enum: ['Point'] }, coordinates: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } },
                },
                properties: {
                  type: 'object',
                  properties: {
                    documentId: text,
                    title: text,
                    date: { type: 'string', format: 'date' },
                    incidentType: term,
                    weapons: { type: 'array', items: term },
                    perpetrators: { type: 'array', items: term },
                    killed: range,
                    injured: range,
                    verificationStatus: text,
                    locale: text,
                    localeFallback: { type: 'boolean', description: 'True when the incident is not translated into the requested locale yet.' },
                  },
                },
              },
            },
          },
          meta: { type: 'object', properties: { locale: text, withoutCoordinates: { type: 'integer' } } },
        },
      },
      IncidentFigures: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              type: 'object',
              properties: { key: { type: 'string', nullable: true }, label: { type: 'string', nullable: true }, incidents: { type: 'integer' }, killed: range, injured: range },
            },
          },
          meta: { type: 'object', properties: { groupBy: text, locale: text, total: { type: 'object' } } },
        },
      },
      SearchResults: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              type: 'object',
              properties: { type: { type: 'string', enum: ['article', 'incident', 'location'] }, documentId: text, title: text, slug: text, date: text, excerpt: { type: 'string', nullable: true } },
            },
          },
          meta: { type: 'object', properties: { q: text, locale: text, counts: { type: 'object', additionalProperties: { type: 'integer' } } } },
        },
      },
    },
  },
};
