import { PUBLIC_MODELS, PUBLIC_ROUTES, type RouteContract } from '../../src/public-api/contract';
import { checkPublicQuery, encodingProblems, normalizePublicQuery, type GuardSettings } from '../../src/public-api/query-guard';
import { publicView } from '../../src/public-api/public-view';
import { publicRouteOf } from '../../src/public-api/routes';
import { contractProblems, withheldMediaFields, withholdingRows } from '../../src/public-api/schema';
import { appSchemas } from '../helpers/schemas';

const schemas = appSchemas();
const settings: GuardSettings = { models: PUBLIC_MODELS, attributesOf: (uid) => schemas[uid], locales: ['en', 'ar'], maxLimit: 100 };
const route = (p: string) => publicRouteOf(p) as RouteContract;
const problemPaths = (p: string, query: Record<string, unknown>) => checkPublicQuery(route(p), query, settings).map((problem) => problem.path.join('.'));

test('the contract agrees with the schemas: every field exists, relations lead to described models, nothing withheld is sortable', () => {
  expect(contractProblems(settings)).toEqual([]);
});

test('a contract that could sort by a withheld field, or names a missing field, is refused', () => {
  const broken = {
    ...settings,
    models: {
      ...PUBLIC_MODELS,
      'api::source.source': { ...PUBLIC_MODELS['api::source.source'], fields: { ...PUBLIC_MODELS['api::source.source'].fields, title: ['read', 'sort'] as any, ghost: ['read'] as any } },
    },
  };
  expect(contractProblems(broken)).toEqual(['api::source.source.title is withheld and cannot be sortable', 'api::source.source.ghost is not an attribute']);
});

test('private and internal fields are in no public model', () => {
  for (const contract of Object.values(PUBLIC_MODELS)) {
    for (const name of ['contactNotes', 'searchText', 'localizations', 'createdBy', 'updatedBy', 'provider', 'provider_metadata', 'hash']) {
      expect(contract.fields).not.toHaveProperty(name);
    }
  }
});

describe('routes', () => {
  test.each([
    ['/articles', '/articles'],
    ['/articles/abc', '/articles/:id'],
    ['/articles/by-slug/x', '/articles/by-slug/:slug'],
    ['/articles.rss', '/articles.rss'],
    ['/incident-linker/articles/x/incidents', '/incident-linker/articles/:documentId/incidents'],
  ])('%s is %s', (p, pattern) => expect(route(p).path).toBe(pattern));

  test.each(['/upload/files', '/users', '/i18n/locales', '/articles/a/b', '/connect/github'])('%s is not public', (p) => expect(publicRouteOf(p)).toBeUndefined());
});

describe('the query guard', () => {
  test('declared parameters, fields and operators pass', () => {
    expect(
      problemPaths('/incidents', {
        filters: {
          $or: [{ title: { $containsi: 'Idlib' } }, { casualties: { killedMin: { $between: ['1', '20'] } } }],
          $not: { verificationStatus: { $in: ['retracted', 'disputed'] } },
          weapons: { $and: [{ $not: { key: 'napalm' } }] },
          date: { $gte: '2017-04-01', $null: 'false' },
          perpetrators: { actor: { key: 'russian-armed-forces' } },
          location: { parent: { pcode: { $eq: 'SY07' } } },
          sources: { title: { $startsWith: 'Act' } },
          createdAt: { $lt: '2030-01-01T00:00:00Z' },
        },
        populate: { location: { fields: ['name'], populate: { parent: 'true' } }, sources: { sort: 'kind:desc', filters: { confidential: 'false' } }, perpetrators: { populate: '*' } },
        fields: ['title', 'date'],
        sort: ['date:desc', 'title'],
        pagination: { page: '2', pageSize: '100', withCount: 'false' },
        locale: 'ar',
        status: 'published',
        from: '2017-04-01',
        withLinks: 'true',
      })
    ).toEqual([]);
    expect(problemPaths('/incidents', { sort: 'killed:desc' })).toEqual([]);
    expect(problemPaths('/articles', { populate: 'locations.parent,sources' })).toEqual([]);
  });

  test.each([
    ['_q', { _q: 'coordinator' }, ['_q']],
    ['drafts', { status: 'draft', publicationState: 'preview' }, ['status', 'publicationState']],
    ['an unknown locale', { locale: 'fr' }, ['locale']],
    ['localizations', { filters: { localizations: { title: { $startsWith: 'A' } } } }, ['filters.localizations']],
    ['a private field', { filters: { searchText: { $contains: 'x' } } }, ['filters.searchText']],
    ['a field that is read but not filtered', { filters: { body: { $contains: 'x' } } }, ['filters.body']],
    ['$or as a value', { filters: { $or: 'x' } }, ['filters.$or']],
    ['$not right under a relation (a 500 in Strapi)', { filters: { sources: { $not: { kind: 'eyewitness' } } } }, ['filters.sources.$not']],
    ['$or of values', { filters: { $or: ['x'] } }, ['filters.$or.0']],
    ['an empty $or', { filters: { $or: [] } }, ['filters.$or']],
    ['$between with one value', { filters: { id: { $between: '1' } } }, ['filters.id.$between']],
    ['$in with no list', { filters: { id: { $in: '1' } } }, ['filters.id.$in']],
    ['an operator of an operator', { filters: { title: { $eq: { $ne: 'x' } } } }, ['filters.title.$eq']],
    ['a non-integer id', { filters: { id: { $eq: 'abc' } } }, ['filters.id.$eq']],
    ['an overflowing id', { filters: { id: '1e999' } }, ['filters.id']],
    ['an id beyond 32 bits (an error on PostgreSQL)', { filters: { id: { $gt: '2147483648' } } }, ['filters.id.$gt']],
    ['an offset beyond what a database counts', { pagination: { page: '99999999999' } }, ['pagination.page']],
    ['an impossible date', { filters: { dateline: { $gt: '2017-02-30' } } }, ['filters.dateline.$gt']],
    ['a value outside an enumeration', { filters: { section: 'secret' } }, ['filters.section']],
    ['a text operator on an enumeration', { filters: { section: { $contains: 'a' } } }, ['filters.section.$contains']],
    ['an unknown operator', { filters: { title: { $regex: '.*' } } }, ['filters.title.$regex']],
    ['filters as text', { filters: 'abc' }, ['filters']],
    ['a NUL', { filters: { title: 'a\u0000b' } }, ['filters.title']],
    ['sort by a relation', { sort: 'sources.title' }, ['sort']],
    ['a bad direction', { sort: 'title:up' }, ['sort']],
    ['populating localizations', { populate: 'localizations' }, ['populate']],
    ['populating a private relation', { populate: { createdBy: 'true' } }, ['populate.createdBy']],
    ['unknown parts of a populate', { populate: { sources: { count: 'true' } } }, ['populate.sources.count']],
    ['pagination out of range', { pagination: { pageSize: '1000', page: '0' } }, ['pagination.pageSize', 'pagination.page']],
    ['mixed pagination', { pagination: { page: '1', limit: '5' } }, ['pagination']],
  ])('refuses %s, naming each parameter', (_name, query, paths) => {
    expect(problemPaths('/articles', query)).toEqual(paths);
  });

  test('withheld fields of sources cannot be sorted by, at the top or in a populate', () => {
    expect(problemPaths('/sources', { sort: 'title' })).toEqual(['sort']);
    expect(problemPaths('/sources', { sort: { url: 'asc' } })).toEqual(['sort']);
    expect(problemPaths('/articles', { populate: { sources: { sort: ['publisher:desc'] } } })).toEqual(['populate.sources.sort']);
  });

  test('custom routes take only their own parameters, in their form', () => {
    expect(problemPaths('/incident-figures', { groupBy: 'month', minKilled: '3' })).toEqual([]);
    expect(problemPaths('/incident-figures', { filters: { id: '1' } })).toEqual(['filters', 'groupBy']);
    expect(problemPaths('/incident-figures', { groupBy: ['month', 'weapon'] })).toEqual(['groupBy']);
    expect(problemPaths('/search', { q: 'x', limit: '51' })).toEqual(['limit']);
    expect(problemPaths('/incidents.geojson', { from: '2017-13-01', location: { a: 'b' } })).toEqual(['from', 'location']);
    expect(problemPaths('/openapi.json', { x: '1' })).toEqual(['x']);
  });

  test('nesting and size are bounded', () => {
    let deep: Record<string, unknown> = { title: 'x' };
    for (let i = 0; i < 10; i += 1) deep = { $not: deep };
    expect(problemPaths('/articles', { filters: deep })).toHaveLength(1);
    const wide = { $or: Array.from({ length: 150 }, () => ({ title: 'x' })) };
    expect(problemPaths('/articles', { filters: wide })).toHaveLength(1);
    expect(problemPaths('/articles', { filters: { title: 'x'.repeat(501) } })).toEqual(['filters.title']);
  });
});

test('percent-encoding that is not UTF-8 is named by its parameter, in the query or the path', () => {
  expect(encodingProblems('/api/articles', 'locale=en&filters%5Btitle%5D%5B%24eq%5D=%FF&q=100%')).toEqual([
    { path: ['filters'], message: 'filters[title][$eq] is not valid UTF-8 percent-encoding' },
    { path: ['q'], message: 'q is not valid UTF-8 percent-encoding' },
  ]);
  expect(encodingProblems('/api/articles/%C0%80', '')).toEqual([{ path: ['path'], message: 'the path is not valid UTF-8 percent-encoding' }]);
  expect(encodingProblems('/api/search', 'q=%D8%AE%D8%A7%D9%86+%D8%B4%D9%8A%D8%AE%D9%88%D9%86&limit=5')).toEqual([]);
});

describe('normalized queries', () => {
  test('a filter on a withheld source field is narrowed to public sources, at any depth and inside populate', () => {
    const query: Record<string, unknown> = {
      filters: { $not: { sources: { title: { $startsWith: 'Abu' }, kind: 'eyewitness' } } },
      populate: { sources: { filters: { url: { $contains: 't.me' } } } },
    };
    normalizePublicQuery(route('/articles'), query, settings);
    expect(query.filters).toEqual({ $not: { sources: { $and: [{ title: { $startsWith: 'Abu' }, kind: 'eyewitness' }, { confidential: false }] } } });
    expect(query.populate).toEqual({ sources: { filters: { $and: [{ url: { $contains: 't.me' } }, { confidential: false }] } } });
  });

  test('filters on what every source shows are left as they are', () => {
    const query: Record<string, unknown> = { filters: { kind: 'eyewitness', confidential: 'true' } };
    normalizePublicQuery(route('/sources'), query, settings);
    expect(query.filters).toEqual({ kind: 'eyewitness', confidential: 'true' });
  });

  test('populate * and names become the declared relations only', () => {
    const star: Record<string, unknown> = { populate: '*' };
    normalizePublicQuery(route('/articles'), star, settings);
    expect(star.populate).toEqual({ cover: true, locations: true, sources: true });
    const dotted: Record<string, unknown> = { populate: ['location.parent', 'perpetrators.actor'] };
    normalizePublicQuery(route('/incidents'), dotted, settings);
    expect(dotted.populate).toEqual({ location: { populate: { parent: true } }, perpetrators: { populate: { actor: true } } });
  });
});

describe('the public view of an entity', () => {
  const source = { id: 4, documentId: 'abc', locale: 'en', title: 'Activists', url: 'https://t.me/x', kind: 'activist-network', reliability: 'fairly-reliable', contactNotes: 'phone', archivedCopy: { url: '/uploads/x.pdf' } };

  test('a confidential source shows that it exists, its kind and its reliability', () => {
    expect(publicView({ ...source, confidential: true }, 'api::source.source', settings)).toEqual({
      id: 4,
      documentId: 'abc',
      locale: 'en',
      kind: 'activist-network',
      reliability: 'fairly-reliable',
      confidential: true,
    });
  });

  test('a source whose flag was not selected is withheld too', () => {
    expect(publicView(source, 'api::source.source', settings)).not.toHaveProperty('title');
  });

  test('undeclared fields are dropped at any depth; declared ones kept', () => {
    const article = {
      id: 1,
      title: 'T',
      searchText: ' t ',
      localizations: [{ title: 'draft' }],
      createdBy: { email: 'a@b' },
      sources: [{ ...source, confidential: false, createdAt: '2017' }],
      cover: { url: '/uploads/c.jpg', provider: 'local', hash: 'c' },
    };
    expect(publicView(article, 'api::article.article', settings)).toEqual({
      id: 1,
      title: 'T',
      sources: [{ id: 4, documentId: 'abc', locale: 'en', title: 'Activists', url: 'https://t.me/x', kind: 'activist-network', reliability: 'fairly-reliable', confidential: false, archivedCopy: { url: '/uploads/x.pdf' } }],
      cover: { url: '/uploads/c.jpg' },
    });
  });
});

test('every public route is reachable by its own path', () => {
  for (const declared of PUBLIC_ROUTES) expect(publicRouteOf(declared.path.replace(/:\w+/g, 'x'))).toBe(declared);
});

test('a confidential source withholds every file it holds, in a field added later too, and an unset flag withholds', () => {
  const withScans = { ...settings, attributesOf: (uid: string) => (uid === 'api::source.source' ? { ...schemas[uid], scans: { type: 'media' } } : schemas[uid]) };
  expect(withheldMediaFields(withScans, 'api::source.source')).toEqual(['archivedCopy', 'previousArchivedCopies', 'scans']);
  expect(withholdingRows(settings, 'api::source.source')).toEqual({ $or: [{ confidential: true }, { confidential: { $null: true } }] });
  expect(withholdingRows(settings, 'api::article.article')).toBeUndefined();
});
