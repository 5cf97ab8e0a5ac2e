/**
 * OpenAPI descriptions of the read-only views built for sites, which the documentation plugin
 * cannot describe by itself: what they answer. Their query parameters come from the public read
 * contract (src/public-api/openapi.ts), like those of every other public route.
 */
const text = { type: 'string' };
const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const ERRORS = { 400: error('A parameter is unknown or invalid; details.errors names each one and why.'), 429: error('Too many requests; see Retry-After.') };
const json = (schema: Record<string, unknown>, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const feed = (format: string, mediaType: string) => ({
  get: {
    tags: ['Sites'],
    summary: `${format} feed of the newest published articles in a locale`,
    responses: { 200: { description: format, content: { [mediaType]: { schema: text } } }, ...ERRORS },
  },
});
const spreadsheet = (format: string, mediaType: string) => ({
  get: {
    tags: ['Sites'],
    summary: `Published incidents as ${format}, one row per incident in the import's native columns (title, title__ar...), newest first`,
    responses: { 200: { description: `${format}, as an attachment`, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } }, ...ERRORS },
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
        responses: {
          200: {
            description: 'A FeatureCollection; incidents whose place has no coordinates are counted in meta.withoutCoordinates',
            content: { 'application/geo+json': { schema: { $ref: '#/components/schemas/IncidentFeatureCollection' } } },
          },
          ...ERRORS,
        },
      },
    },
    '/incidents.csv': spreadsheet('CSV (UTF-8 with a byte order mark)', 'text/csv'),
    '/incidents.xlsx': spreadsheet('an Excel workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    '/incident-figures': {
      get: {
        tags: ['Sites'],
        summary: 'Incident counts and casualty sums (min and max) by month, governorate, perpetrator or weapon',
        responses: { 200: json({ $ref: '#/components/schemas/IncidentFigures' }), ...ERRORS },
      },
    },
    '/articles/by-slug/{slug}': {
      get: {
        tags: ['Sites'],
        summary: 'One article page: the article with its cover, places, sources, linked incidents and the locales it exists in',
        parameters: [{ name: 'slug', in: 'path', required: true, schema: text }],
        responses: { 200: json({ type: 'object', properties: { data: { type: 'object' }, meta: { type: 'object' } } }), 404: error('No published article has this slug in this locale.'), ...ERRORS },
      },
    },
    '/articles.rss': feed('RSS 2.0', 'application/rss+xml'),
    '/articles.atom': feed('Atom 1.0', 'application/atom+xml'),
    '/search': {
      get: {
        tags: ['Sites'],
        summary: 'Search articles, incidents and places; Arabic and Latin spellings of a name find the same things',
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
