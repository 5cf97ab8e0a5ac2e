import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/**
 * Requests to every public GET route, with query strings from the grammar of Strapi 5's REST query
 * language (filters with every operator and through relations and components, populate, fields,
 * sort, pagination, _q, locale, status) and of our own site endpoints, well-formed and malformed.
 *
 * Values are drawn from what the two databases hold: prefixes and substrings of withheld texts (of
 * A and of B) and of public ones, figures around the draft casualty figures, real documentIds and
 * slugs (published and not), and junk. A query that reads withheld data then answers differently
 * on A and B. Nothing here knows how the server is written: only the content model (the schemas)
 * and the public documentation.
 */

/** What the databases hold, as far as a query needs to know. */
export interface Knowledge {
  /** documentIds by plural name: published ones, and (articles, incidents) never-published ones. */
  documentIds: Record<string, { published: string[]; unpublished: string[] }>;
  slugs: { published: string[]; unpublished: string[] };
  /** Withheld texts of A and of B (confidential source fields, contact notes, drafts, link notes...). */
  withheldTexts: string[];
  /** Texts anyone may read (published titles, place names, labels, keys...). */
  publicTexts: string[];
  /** The same by the attribute they are the value of (title, url, contactNotes, summary...). */
  withheldByField: Record<string, string[]>;
  publicByField: Record<string, string[]>;
  /** Casualty figures: published, and drafts of A and of B. */
  numbers: number[];
  /** Dates of A and B, withheld or public, as YYYY-MM-DD or ISO instants. */
  dates: string[];
  /** Vocabulary keys by plural name, and the p-codes of places. */
  keys: Record<string, string[]>;
  pcodes: string[];
}

// ---------------------------------------------------------------------------------------------
// The content model, read from the schemas (data, not server code).

type Kind = 'text' | 'number' | 'date' | 'datetime' | 'time' | 'boolean' | 'enum' | 'json' | 'id' | 'relation';
interface Attribute {
  name: string;
  kind: Kind;
  values?: string[];
  /** For relations, components, media: the target model's name. */
  target?: string;
}
type Model = Attribute[];

const APP = path.join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

export const COLLECTIONS = ['articles', 'incidents', 'locations', 'sources', 'weapons', 'incident-types', 'actors', 'target-types'] as const;
export type Collection = (typeof COLLECTIONS)[number];

function attributesOf(schema: any, own: string): Model {
  const result: Model = [];
  for (const [name, attribute] of Object.entries<any>(schema.attributes)) {
    switch (attribute.type) {
      case 'string':
      case 'text':
      case 'uid':
      case 'email':
      case 'richtext':
        result.push({ name, kind: 'text' });
        break;
      case 'integer':
      case 'biginteger':
      case 'decimal':
      case 'float':
        result.push({ name, kind: 'number' });
        break;
      case 'date':
        result.push({ name, kind: 'date' });
        break;
      case 'datetime':
        result.push({ name, kind: 'datetime' });
        break;
      case 'time':
        result.push({ name, kind: 'time' });
        break;
      case 'boolean':
        result.push({ name, kind: 'boolean' });
        break;
      case 'enumeration':
        result.push({ name, kind: 'enum', values: attribute.enum });
        break;
      case 'blocks':
      case 'json':
        result.push({ name, kind: 'json' });
        break;
      case 'media':
        result.push({ name, kind: 'relation', target: 'file' });
        break;
      case 'component':
        result.push({ name, kind: 'relation', target: attribute.component });
        break;
      case 'relation':
        result.push({ name, kind: 'relation', target: pluralOf(attribute.target) });
        break;
      default:
        result.push({ name, kind: 'text' });
    }
  }
  if (own) {
    result.push(
      { name: 'id', kind: 'id' },
      { name: 'documentId', kind: 'text' },
      { name: 'createdAt', kind: 'datetime' },
      { name: 'updatedAt', kind: 'datetime' },
      { name: 'publishedAt', kind: 'datetime' },
      { name: 'locale', kind: 'text' },
      { name: 'localizations', kind: 'relation', target: own },
      { name: 'createdBy', kind: 'relation', target: 'admin-user' },
      { name: 'updatedBy', kind: 'relation', target: 'admin-user' }
    );
  } else {
    result.push({ name: 'id', kind: 'id' });
  }
  return result;
}

const pluralOf = (uid: string) => {
  const name = uid.split('.').pop()!;
  return COLLECTIONS.find((plural) => plural.replace(/s$/, '') === name) ?? name;
};

function loadModels(): Record<string, Model> {
  const models: Record<string, Model> = {};
  for (const plural of COLLECTIONS) {
    const singular = plural.replace(/s$/, '');
    models[plural] = attributesOf(readJson(path.join(APP, 'src', 'api', singular, 'content-types', singular, 'schema.json')), plural);
  }
  for (const file of fs.readdirSync(path.join(APP, 'src', 'components', 'incident'))) {
    models[`incident.${file.replace(/\.json$/, '')}`] = attributesOf(readJson(path.join(APP, 'src', 'components', 'incident', file)), '');
  }
  // Strapi's own: admin users (createdBy, updatedBy) and media files.
  models['admin-user'] = ['firstname', 'lastname', 'username', 'email', 'password', 'resetPasswordToken']
    .map((name): Attribute => ({ name, kind: 'text' }))
    .concat({ name: 'id', kind: 'id' }, { name: 'isActive', kind: 'boolean' }, { name: 'roles', kind: 'relation', target: 'admin-role' });
  models['admin-role'] = [{ name: 'id', kind: 'id' }, { name: 'name', kind: 'text' }, { name: 'code', kind: 'text' }];
  models.file = ['name', 'alternativeText', 'caption', 'hash', 'ext', 'mime', 'url', 'provider', 'folderPath']
    .map((name): Attribute => ({ name, kind: 'text' }))
    .concat({ name: 'id', kind: 'id' }, { name: 'size', kind: 'number' }, { name: 'related', kind: 'relation', target: 'sources' });
  return models;
}

export const MODELS = loadModels();

// ---------------------------------------------------------------------------------------------
// Values.

/** Percent-encoded UTF-8; a lone surrogate (a cut through an emoji) becomes U+FFFD rather than throwing. */
const enc = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** Percent-encodings that are not UTF-8, or not percent-encodings at all, NUL, and the like. */
const RAW_JUNK = ['%00', 'a%00b', '%FF', 'x%FFy', '%E0%A4', '%C0%80', '%', '%zz', '%2', '%u0041', '%EF%BF%BF', '%ED%A0%80', '%0A', '%0D%0A', '%5B%5D', '%26', '%3D'];

const cut = (text: string, maxLength = 40) =>
  fc.tuple(fc.nat(Math.max(0, text.length - 1)), fc.integer({ min: 1, max: Math.max(1, Math.min(maxLength, text.length)) })).map(([start, length]) => text.slice(start, start + length));
const prefix = (text: string, maxLength = 40) => fc.integer({ min: 1, max: Math.max(1, Math.min(maxLength, text.length)) }).map((length) => text.slice(0, length));

const words = (texts: string[]) => [...new Set(texts.flatMap((text) => text.split(/[\s,.;:()'"]+/)).filter((word) => word.length >= 2))];

export function valueArbitraries(k: Knowledge) {
  const withheldWords = words(k.withheldTexts);
  const publicWords = words(k.publicTexts);
  const fromPool = (pool: string[]) => (pool.length > 0 ? fc.constantFrom(...pool) : fc.constant('x'));

  /** Plain text, before encoding. */
  const text: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fromPool(k.withheldTexts).chain((value) => prefix(value)) },
    { weight: 2, arbitrary: fromPool(k.withheldTexts).chain((value) => cut(value)) },
    { weight: 2, arbitrary: fromPool(withheldWords) },
    { weight: 1, arbitrary: fromPool(k.withheldTexts) },
    { weight: 2, arbitrary: fromPool(k.publicTexts).chain((value) => prefix(value)) },
    { weight: 1, arbitrary: fromPool(publicWords) },
    { weight: 1, arbitrary: fromPool(k.publicTexts) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'A', 'Z', 'a', 'z', 'ب', 'ي', '%', '_', '\\', "'", '"', '*', 'null', 'true', '[]', '{}', '$eq') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(1000), 'ا'.repeat(300), '😀'.repeat(50)) }
  );
  const encodedText = fc.oneof({ weight: 12, arbitrary: text.map(enc) }, { weight: 1, arbitrary: fc.constantFrom(...RAW_JUNK) });

  const number: fc.Arbitrary<string> = fc.oneof(
    { weight: 5, arbitrary: fromPool(k.numbers.map(String)).chain((n) => fc.constantFrom(Number(n) - 1, Number(n), Number(n) + 1).map(String)) },
    { weight: 1, arbitrary: fc.integer({ min: -2, max: 2000 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('1e999', '-1e999', '1e3', '1.5', '-1', '-0', '0x10', 'abc', 'NaN', 'Infinity', '', ' 1', '1,2', '00012', '9007199254740993', '2147483648', 'true', 'null') }
  );
  const date: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fromPool(k.dates) },
    { weight: 1, arbitrary: fc.constantFrom('2017-04-06', '2017-04-06T00:00:00.000Z', '2017-02-30', '2017-13-01', '2017', 'yesterday', '0', '-1', '1e999', '99999-01-01', '2017-04-06T25:00:00Z', '12:00', '12:00:00.000', '25:61') }
  );
  const boolean = fc.constantFrom('true', 'false', '1', '0', 't', 'f', 'yes', 'null', '', 'TRUE');
  const junk = fc.oneof(encodedText, number.map(enc), date.map(enc), boolean);

  const valueFor = (attribute: Attribute): fc.Arbitrary<string> => {
    switch (attribute.kind) {
      case 'number':
      case 'id':
        return fc.oneof({ weight: 6, arbitrary: number.map(enc) }, { weight: 1, arbitrary: junk });
      case 'date':
      case 'datetime':
      case 'time':
        return fc.oneof({ weight: 6, arbitrary: date.map(enc) }, { weight: 1, arbitrary: junk });
      case 'boolean':
        return fc.oneof({ weight: 6, arbitrary: boolean.map(enc) }, { weight: 1, arbitrary: junk });
      case 'enum':
        return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...attribute.values!).map(enc) }, { weight: 1, arbitrary: junk });
      default: {
        if (attribute.name === 'documentId') return fc.oneof(documentId(k), encodedText);
        // Mostly values of this very attribute, withheld (of A or B) or public, so a leak shows.
        const options: fc.WeightedArbitrary<string>[] = [
          { weight: 6, arbitrary: encodedText },
          { weight: 1, arbitrary: junk },
        ];
        const withheld = k.withheldByField[attribute.name] ?? [];
        const visible = k.publicByField[attribute.name] ?? [];
        if (withheld.length) {
          options.push({ weight: 6, arbitrary: fc.constantFrom(...withheld).chain((v) => prefix(v)).map(enc) });
          options.push({ weight: 3, arbitrary: fc.constantFrom(...withheld).chain((v) => fc.oneof(cut(v), fc.constant(v))).map(enc) });
        }
        if (visible.length) options.push({ weight: 4, arbitrary: fc.constantFrom(...visible).chain((v) => fc.oneof(prefix(v), cut(v), fc.constant(v))).map(enc) });
        return fc.oneof(...options);
      }
    }
  };
  return { text, encodedText, number, date, boolean, junk, valueFor, withheldWords, publicWords, fromPool };
}

/** A documentId: published or not, of any type, or junk (NUL, too long, unicode, not one at all). */
export function documentId(k: Knowledge, plural?: string): fc.Arbitrary<string> {
  const own = plural ? k.documentIds[plural] : undefined;
  const all = Object.values(k.documentIds).flatMap((ids) => [...ids.published, ...ids.unpublished]);
  const arbitraries: fc.WeightedArbitrary<string>[] = [
    { weight: 2, arbitrary: fc.constantFrom(...all) },
    { weight: 1, arbitrary: fc.constantFrom('a%00b', '%00', 'x'.repeat(300), enc('خان شيخون'), enc('😀'), '1', '0', '-1', '1e999', '%FF', 'null', 'undefined', '%2E%2E', 'abc%2Fdef', enc(' '), '*') },
  ];
  if (own && own.published.length > 0) arbitraries.push({ weight: 5, arbitrary: fc.constantFrom(...own.published) });
  if (own && own.unpublished.length > 0) arbitraries.push({ weight: 4, arbitrary: fc.constantFrom(...own.unpublished) });
  return fc.oneof(...arbitraries);
}

// ---------------------------------------------------------------------------------------------
// Strapi's query language.

type Fragments = fc.Arbitrary<readonly string[]>;

/** Each part present with its own probability (in percent), in a fixed order. */
export const someOf = (parts: [number, Fragments][]): Fragments =>
  // withCrossShrink: a part of a failing request shrinks to nothing when the failure does not need it.
  fc
    .tuple(...parts.map(([percent, part]) => fc.oneof({ withCrossShrink: true }, { weight: 100 - percent, arbitrary: fc.constant([] as string[]) }, { weight: percent, arbitrary: part })))
    .map((lists) => lists.flat());
const key = (prefix: string, ...segments: string[]) => prefix + segments.map((segment) => `[${segment}]`).join('');
const param = (name: string, value: string) => `${name}=${value}`;

const SCALAR_OPERATORS = ['$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi'];
const JUNK_OPERATORS = ['$foo', '$regex', '$like', '$exists', '$where', '$raw', '$jsonSupersetOf', 'eq', '$EQ', '__proto__', 'constructor', '$', ''];
const WITHHELD_FIELDS = ['title', 'url', 'publisher', 'publishedDate', 'accessedDate', 'contactNotes', 'archivedCopySha256', 'archivedCopy', 'searchText', 'summary', 'description', 'slug', 'section', 'email', 'password'];

export function queryArbitraries(k: Knowledge) {
  const values = valueArbitraries(k);
  const SYSTEM = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations'];
  const ADMIN = ['createdBy', 'updatedBy'];
  /** An attribute to filter on: mostly the model's own, less often Strapi's, rarely admin users or none at all. */
  const attributeOf = (model: string) => {
    const own = MODELS[model].filter((a) => !SYSTEM.includes(a.name) && !ADMIN.includes(a.name));
    const ownScalars = own.filter((a) => a.kind !== 'relation');
    const ownRelations = own.filter((a) => a.kind === 'relation');
    const system = MODELS[model].filter((a) => SYSTEM.includes(a.name) && a.name !== 'localizations');
    const localizations = MODELS[model].filter((a) => a.name === 'localizations');
    const admin = MODELS[model].filter((a) => ADMIN.includes(a.name));
    const junk = fc.constantFrom<Attribute>({ name: 'nonexistent', kind: 'text' }, { name: 'contactNotes', kind: 'text' }, { name: 'searchText', kind: 'text' }, { name: 'sources', kind: 'relation', target: 'sources' });
    const options: fc.WeightedArbitrary<Attribute>[] = [{ weight: 1, arbitrary: junk }];
    // Relations (sources, components, localizations) are where withheld rows are reached: often.
    if (ownScalars.length) options.push({ weight: 8, arbitrary: fc.constantFrom(...ownScalars) });
    if (ownRelations.length) options.push({ weight: 6, arbitrary: fc.constantFrom(...ownRelations) });
    if (localizations.length) options.push({ weight: 3, arbitrary: fc.constantFrom(...localizations) });
    if (system.length) options.push({ weight: 2, arbitrary: fc.constantFrom(...system) });
    if (admin.length) options.push({ weight: 1, arbitrary: fc.constantFrom(...admin) });
    return fc.oneof(...options);
  };
  const scalarAttributes = (model: string) => MODELS[model].filter((attribute) => attribute.kind !== 'relation');
  const relationAttributes = (model: string) => MODELS[model].filter((attribute) => attribute.kind === 'relation' && MODELS[attribute.target!]);
  /** Relations but Strapi's admin users (asked for too, less often). */
  const ordinaryRelations = (model: string) => relationAttributes(model).filter((attribute) => attribute.target !== 'admin-user');
  const someRelation = (model: string) => {
    const ordinary = ordinaryRelations(model);
    return ordinary.length ? fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...ordinary) }, { weight: 1, arbitrary: fc.constantFrom(...relationAttributes(model)) }) : fc.constantFrom(...relationAttributes(model));
  };

  /** A condition on one scalar attribute, under `prefix` (filters[...][field]). */
  const scalarCondition = (prefix: string, attribute: Attribute): Fragments => {
    const value = values.valueFor(attribute);
    const at = key(prefix, attribute.name);
    return fc.oneof(
      { weight: 2, arbitrary: value.map((v) => [param(at, v)]) },
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...SCALAR_OPERATORS), value).map(([op, v]) => [param(key(at, op), v)]) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom('$in', '$notIn'), fc.array(value, { minLength: 1, maxLength: 3 }), fc.constantFrom('indexed', 'repeated', 'single', 'comma'))
          .map(([op, vs, form]) =>
            form === 'indexed' ? vs.map((v, i) => param(key(at, op, String(i)), v)) : form === 'repeated' ? vs.map((v) => param(key(at, op), v)) : form === 'comma' ? [param(key(at, op), vs.join(','))] : [param(key(at, op), vs[0])]
          ),
      },
      {
        weight: 2,
        arbitrary: fc.tuple(fc.array(value, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([vs, indexed]) => vs.map((v, i) => param(indexed ? key(at, '$between', String(i)) : key(at, '$between'), v))),
      },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('$null', '$notNull'), values.boolean).map(([op, v]) => [param(key(at, op), enc(v))]) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SCALAR_OPERATORS), value).map(([op, v]) => [param(key(at, '$not', op), v)]) },
      // Malformed: operators stacked, unknown operators, arrays where a scalar is expected.
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SCALAR_OPERATORS), fc.constantFrom(...SCALAR_OPERATORS, '$in', '$null'), value).map(([a, b, v]) => [param(key(at, a, b), v)]) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...JUNK_OPERATORS), value).map(([op, v]) => [param(key(at, op), v)]) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SCALAR_OPERATORS), value).map(([op, v]) => [param(`${key(at, op)}[]`, v), param(`${key(at, op)}[]`, v)]) },
      { weight: 1, arbitrary: value.map((v) => [param(`${at}[]`, v)]) }
    );
  };

  /** A filter tree of `model` under `prefix`, nesting through relations and components `depth` deep. */
  const filterTree = (prefix: string, model: string, depth: number): Fragments => {
    const condition: Fragments = attributeOf(model).chain((attribute) => {
      if (attribute.kind !== 'relation') return scalarCondition(prefix, attribute);
      const at = key(prefix, attribute.name);
      const options: fc.WeightedArbitrary<readonly string[]>[] = [
        { weight: 1, arbitrary: values.boolean.map((v) => [param(key(at, '$null'), enc(v))]) },
        { weight: 1, arbitrary: values.junk.map((v) => [param(at, v)]) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('$eq', '$in', '$ne'), values.number).map(([op, v]) => [param(key(at, 'id', op), enc(v))]) },
      ];
      if (depth > 0 && MODELS[attribute.target!]) options.push({ weight: 8, arbitrary: filterTree(at, attribute.target!, depth - 1) });
      else if (MODELS[attribute.target!]) options.push({ weight: 8, arbitrary: fc.constantFrom(...scalarAttributes(attribute.target!)).chain((inner) => scalarCondition(at, inner)) });
      return fc.oneof(...options);
    });
    if (depth <= 0) return condition;
    const sub = () => filterTree(prefix, model, depth - 1);
    return fc.oneof(
      { withCrossShrink: true },
      { weight: 6, arbitrary: condition },
      { weight: 2, arbitrary: fc.tuple(condition, condition).map(([a, b]) => [...a, ...b]) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom('$or', '$and'), fc.array(filterTree('§', model, depth - 1), { minLength: 1, maxLength: 3 }))
          .map(([op, branches]) => branches.flatMap((fragments, i) => fragments.map((f) => f.replace('§', key(prefix, op, String(i)))))),
      },
      { weight: 1, arbitrary: filterTree('§', model, depth - 1).map((fragments) => fragments.map((f) => f.replace('§', key(prefix, '$not')))) },
      // Malformed logical operators.
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom('$or', '$and', '$not'), fc.constantFrom('', '[0]', '[0][0]', '[]', '[x]'), values.junk).map(([op, tail, v]) => [param(`${key(prefix, op)}${tail}`, v)]),
      },
      { weight: 1, arbitrary: sub() }
    );
  };

  const filters = (model: string, depth = 2): Fragments =>
    fc.oneof(
      { weight: 12, arbitrary: filterTree('filters', model, depth) },
      { weight: 1, arbitrary: fc.constantFrom(['filters=abc'], ['filters[$or]=x'], ['filters[$or][0]=x'], ['filters[]=x'], ['filters[0]=title'], ['filters[$and]='], ['filters[$not]=1'], ['filters[__proto__][title]=x'], ['filters[constructor][prototype][x]=1'], ['filters=%00']) }
    );

  const fieldName = (model: string) =>
    fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...scalarAttributes(model).map((a) => a.name)) }, { weight: 2, arbitrary: fc.constantFrom(...WITHHELD_FIELDS) }, { weight: 1, arbitrary: fc.constantFrom('*', 'nonexistent', 'sources', 'id', '', '$eq', 'title.x') });

  const fields = (prefix: string, model: string): Fragments =>
    fc.oneof(
      { weight: 3, arbitrary: fc.array(fieldName(model), { minLength: 1, maxLength: 3 }).map((names) => names.map((name, i) => param(key(prefix, String(i)), enc(name)))) },
      { weight: 2, arbitrary: fc.array(fieldName(model), { minLength: 1, maxLength: 3 }).map((names) => [param(prefix, names.map(enc).join(','))]) },
      { weight: 1, arbitrary: fc.oneof(fieldName(model).map((name) => [param(key(prefix, name), 'true')]), values.junk.map((v) => [param(prefix, v)])) }
    );

  /** A sort key of `model`: its fields (withheld ones too), dotted through relations, with a direction. */
  const sortPath = (model: string, depth = 2): fc.Arbitrary<string> => {
    const direct = fieldName(model);
    if (depth <= 0 || relationAttributes(model).length === 0) return direct;
    return fc.oneof(
      { weight: 3, arbitrary: direct },
      { weight: 2, arbitrary: someRelation(model).chain((relation) => sortPath(relation.target!, depth - 1).map((inner) => `${relation.name}.${inner}`)) }
    );
  };
  const direction = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('', ':asc', ':desc', ':ASC', ':DESC') }, { weight: 1, arbitrary: fc.constantFrom(':up', ':', '::desc') });
  const sort = (prefix: string, model: string): Fragments => {
    const one = fc.tuple(sortPath(model), direction).map(([p, d]) => p + d);
    return fc.oneof(
      { weight: 3, arbitrary: one.map((s) => [param(prefix, enc(s))]) },
      { weight: 1, arbitrary: fc.array(one, { minLength: 2, maxLength: 3 }).map((list) => [param(prefix, list.map(enc).join(','))]) },
      { weight: 2, arbitrary: fc.array(one, { minLength: 1, maxLength: 3 }).map((list) => list.map((s, i) => param(key(prefix, String(i)), enc(s)))) },
      { weight: 1, arbitrary: fc.tuple(sortPath(model, 0), fc.constantFrom('asc', 'desc', 'x', '1')).map(([p, d]) => [param(key(prefix, p), d)]) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...(relationAttributes(model).length ? relationAttributes(model) : MODELS[model])), fc.constantFrom(...WITHHELD_FIELDS), fc.constantFrom('asc', 'desc'))
          .map(([relation, field, d]) => [param(key(prefix, relation.name, field), d)]),
      },
      { weight: 1, arbitrary: values.junk.map((v) => [param(prefix, v)]) }
    );
  };

  /** populate in all its forms, `depth` levels of nested populate deep. */
  const populate = (prefix: string, model: string, depth = 2): Fragments => {
    const relations = relationAttributes(model);
    if (relations.length === 0) return fc.oneof(fc.constant([param(prefix, '*')]), fc.constantFrom('nonexistent', 'title', 'localizations').map((name) => [param(prefix, name)]));
    const relation = someRelation(model);
    const relationName = fc.oneof({ weight: 12, arbitrary: relation.map((r) => r.name) }, { weight: 1, arbitrary: fc.constantFrom('nonexistent', 'title', 'contactNotes', '*', '', 'sources.archivedCopy') });
    const nested = (relation: Attribute): Fragments => {
      const at = key(prefix, relation.name);
      const target = relation.target!;
      const options: fc.WeightedArbitrary<readonly string[]>[] = [
        { weight: 3, arbitrary: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('true', '*') }, { weight: 1, arbitrary: fc.constantFrom('false', '1', 'x') }).map((v) => [param(at, v)]) },
        { weight: 3, arbitrary: fields(key(at, 'fields'), target) },
        { weight: 4, arbitrary: filters(target, 1).map((fragments) => fragments.map((f) => f.replace(/^filters/, key(at, 'filters')))) },
        { weight: 2, arbitrary: sort(key(at, 'sort'), target) },
        { weight: 1, arbitrary: fc.constantFrom('count', 'limit', 'start', 'on', 'junk', 'locale', 'status').chain((name) => values.junk.map((v) => [param(key(at, name), v)])) },
      ];
      if (depth > 0) options.push({ weight: 3, arbitrary: populate(key(at, 'populate'), target, depth - 1) });
      return fc.oneof(...options);
    };
    return fc.oneof(
      { weight: 2, arbitrary: fc.constant([param(prefix, '*')]) },
      { weight: 2, arbitrary: fc.array(relationName, { minLength: 1, maxLength: 3 }).map((names) => [param(prefix, names.map(enc).join(','))]) },
      { weight: 1, arbitrary: fc.array(relationName, { minLength: 1, maxLength: 3 }).map((names) => names.map((name, i) => param(key(prefix, String(i)), enc(name)))) },
      { weight: 1, arbitrary: relation.chain((relation) => (MODELS[relation.target!] ? fc.constantFrom(...relationAttributes(relation.target!).map((r) => r.name), 'title') : fc.constant('x')).map((inner) => [param(prefix, `${relation.name}.${inner}`)])) },
      { weight: 8, arbitrary: fc.array(relation.chain(nested), { minLength: 1, maxLength: 2 }).map((lists) => lists.flat()) },
      { weight: 1, arbitrary: values.junk.map((v) => [param(prefix, v)]) },
      { weight: 1, arbitrary: fc.constantFrom(['populate[0][sources]=true'], ['populate[sources][populate][0]=*'], ['populate=**'], ['populate[]=sources']).map((list) => list.map((f) => f.replace(/^populate/, prefix))) }
    );
  };

  const paginationValue = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('1', '2', '3', '5', '100') }, { weight: 1, arbitrary: fc.constantFrom('0', '-1', '101', '1e999', 'abc', 'true', 'false', '') });
  const pagination: Fragments = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom('page', 'start'), fc.constantFrom('pageSize', 'limit'), paginationValue, paginationValue).map(([a, b, x, y]) => [param(key('pagination', a === 'page' && b === 'limit' ? 'start' : a), x), param(key('pagination', b), y)]) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('page', 'pageSize', 'start', 'limit'), paginationValue).map(([name, v]) => [param(key('pagination', name), v)]) },
    { weight: 1, arbitrary: fc.constantFrom('true', 'false', 'junk').map((v) => [param(key('pagination', 'withCount'), v)]) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom('page', 'pageSize', 'start', 'limit', 'withCount', 'junk'), paginationValue), { minLength: 1, maxLength: 3 }).map((pairs) => pairs.map(([name, v]) => param(key('pagination', name), v))) }
  );

  const locale = fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom('en', 'ar').map((l) => [param('locale', l)]) },
    { weight: 2, arbitrary: fc.constantFrom('fr', '*', 'all', 'EN', 'ar%00', 'en,ar', '', 'ar-SY', 'x'.repeat(200)).map((l) => [param('locale', l)]) },
    { weight: 1, arbitrary: fc.constant(['locale[0]=en', 'locale[1]=ar']) }
  );
  const status = fc.constantFrom(['status=published'], ['status=published'], ['status=published'], ['status=draft'], ['status=junk'], ['status[0]=draft'], ['publicationState=preview'], ['publicationState=live'], ['hasPublishedVersion=false']);
  const unknown = fc.constantFrom(['foo=bar'], ['plugins[i18n][locale]=ar'], ['_sort=title'], ['lookup[title]=x'], ['_limit=1'], ['pagination=1'], ['sort[$or]=x'], ['__proto__[x]=1'], ['filters[title]=a&filters=b']);
  const q = values.encodedText.map((v) => [param('_q', v)]);
  const withLinks = fc.constantFrom('true', 'false', '1', 'x').map((v) => [param('withLinks', v)]);

  /** The query of a collection's list or entry: each part of the language present or not. */
  const strapiQuery = (plural: Collection, { entry = false } = {}): Fragments => {
    const parts: [number, Fragments][] = [
      [entry ? 15 : 50, filters(plural)],
      [entry ? 45 : 35, populate('populate', plural)],
      [30, fields('fields', plural)],
      [entry ? 10 : 30, sort('sort', plural)],
      [entry ? 5 : 20, pagination],
      [entry ? 5 : 12, q],
      [35, locale],
      [3, status],
      [3, unknown],
    ];
    if (plural === 'articles' || plural === 'incidents') parts.push([10, withLinks]);
    if (plural === 'incidents' && !entry) parts.push([25, siteFilters(k, values, { sort: true })]);
    return someOf(parts);
  };

  /**
   * Paths from a collection to the attributes whose values differ between A and B (withheld texts,
   * figures, dates, enumerations of drafts), through relations and components, two deep.
   */
  const withheldPaths = (model: string, depth = 2): { segments: string[]; leaf: Attribute }[] => {
    const result: { segments: string[]; leaf: Attribute }[] = [];
    for (const attribute of MODELS[model]) {
      if (attribute.kind === 'relation') {
        if (depth > 0 && MODELS[attribute.target!] && attribute.target !== 'admin-user') {
          for (const inner of withheldPaths(attribute.target!, depth - 1)) result.push({ segments: [attribute.name, ...inner.segments], leaf: inner.leaf });
        }
      } else if (k.withheldByField[attribute.name] || ['number', 'date', 'datetime', 'enum'].includes(attribute.kind)) {
        result.push({ segments: [attribute.name], leaf: attribute });
      }
    }
    return result;
  };
  const pathsOf = new Map<string, { segments: string[]; leaf: Attribute }[]>();
  const withheldPath = (plural: Collection) => {
    if (!pathsOf.has(plural)) pathsOf.set(plural, withheldPaths(plural));
    return fc.constantFrom(...pathsOf.get(plural)!);
  };

  /** A query aimed at withheld data: a filter, a filter inside populate, a sort, fields of a populated relation. */
  const targetedQuery = (plural: Collection): Fragments => {
    const target = withheldPath(plural).chain(({ segments, leaf }) => {
      const [first, ...rest] = segments;
      const forms: fc.WeightedArbitrary<readonly string[]>[] = [
        { weight: 4, arbitrary: scalarCondition(key('filters', ...segments.slice(0, -1)), leaf) },
        { weight: 2, arbitrary: fc.tuple(direction, fc.boolean()).map(([d, indexed]) => [param(indexed ? 'sort[0]' : 'sort', enc(segments.join('.') + d))]) },
      ];
      if (rest.length > 0) {
        forms.push(
          { weight: 4, arbitrary: scalarCondition(key('populate', first, 'filters', ...rest.slice(0, -1)), leaf) },
          { weight: 2, arbitrary: direction.map((d) => [param(key('populate', first, 'sort'), enc(rest.join('.') + d))]) },
          { weight: 1, arbitrary: fc.constant([param(key('populate', first, 'fields', '0'), rest[0])]) }
        );
      }
      return fc.oneof(...forms);
    });
    return fc.tuple(target, someOf([[35, locale], [10, fields('fields', plural)], [10, populate('populate', plural, 0)]])).map(([t, rest]) => [...t, ...rest]);
  };

  /**
   * One probe at a time (a filter, a populate, a sort, _q, fields), with a locale or not: fewer parts
   * that could each be refused, so more answers a leak can show in.
   */
  const probeQuery = (plural: Collection): Fragments =>
    fc
      .tuple(
        fc.oneof(
          { weight: 6, arbitrary: filters(plural) },
          { weight: 4, arbitrary: populate('populate', plural) },
          { weight: 3, arbitrary: sort('sort', plural) },
          { weight: 2, arbitrary: q },
          { weight: 1, arbitrary: fields('fields', plural) }
        ),
        someOf([[35, locale], [15, fields('fields', plural)], [10, pagination]])
      )
      .map(([probe, rest]) => [...probe, ...rest]);

  return { values, filters, populate, fields, sort, pagination, locale, strapiQuery, probeQuery, targetedQuery };
}

/** The incident filters of the list, the map and the figures (from, to, location, type, ...). */
function siteFilters(k: Knowledge, values: ReturnType<typeof valueArbitraries>, { sort = false } = {}): Fragments {
  const list = (pool: string[]) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }).map((items) => items.map(enc).join(',')) },
      { weight: 1, arbitrary: values.encodedText }
    );
  const locations = [...k.pcodes, ...k.documentIds.locations.published, 'SY', 'SY99', 'C1234'];
  const date = fc.oneof({ weight: 6, arbitrary: values.date.map(enc) }, { weight: 1, arbitrary: values.junk });
  const parts: Fragments[] = [
    date.map((v) => [param('from', v)]),
    date.map((v) => [param('to', v)]),
    list(locations).map((v) => [param('location', v)]),
    list([...k.keys['incident-types'], 'nope']).map((v) => [param('type', v)]),
    list([...k.keys.weapons, 'nope']).map((v) => [param('weapon', v)]),
    list([...k.keys.actors, 'nope']).map((v) => [param('perpetrator', v)]),
    list(['reported', 'corroborated', 'verified', 'disputed', 'retracted', 'junk']).map((v) => [param('verification', v)]),
    values.number.map((v) => [param('minKilled', enc(v))]),
    values.number.map((v) => [param('minInjured', enc(v))]),
    fc.constant(['location=SY07', 'location=SY05']),
  ];
  if (sort) parts.push(fc.constantFrom('killed:desc', 'killed:asc', 'injured:desc', 'injured', 'killed:x').map((v) => [param('sort', v)]));
  return fc.array(fc.oneof(...parts), { minLength: 1, maxLength: 3 }).map((lists) => lists.flat());
}

/** A whole request: a path and query to one of the public GET routes. */
export function publicRequest(k: Knowledge): fc.Arbitrary<string> {
  const query = queryArbitraries(k);
  const { values } = query;
  const withQuery = (pathname: fc.Arbitrary<string>, fragments: Fragments) =>
    fc.tuple(pathname, fragments).map(([p, f]) => (f.length > 0 ? `${p}?${f.join('&')}` : p));
  const unknown = fc.constantFrom(['foo=bar'], ['filters[title][$eq]=x'], ['populate=*'], ['status=draft'], ['fields[0]=title'], ['_q=a']);

  const list = fc.constantFrom(...COLLECTIONS).chain((plural) => withQuery(fc.constant(`/api/${plural}`), query.strapiQuery(plural)));
  // The types that hold withheld data (drafts, confidential sources) more often than the vocabularies.
  const withheldFirst = fc.oneof({ weight: 3, arbitrary: fc.constantFrom<Collection>('articles', 'incidents', 'sources') }, { weight: 1, arbitrary: fc.constantFrom(...COLLECTIONS) });
  const probe = withheldFirst.chain((plural) => withQuery(fc.constant(`/api/${plural}`), query.probeQuery(plural)));
  const targeted = withheldFirst.chain((plural) => withQuery(fc.constant(`/api/${plural}`), query.targetedQuery(plural)));
  const entryProbe = withheldFirst.chain((plural) => withQuery(documentId(k, plural).map((id) => `/api/${plural}/${id}`), fc.oneof(query.probeQuery(plural), query.targetedQuery(plural))));
  const entry = fc.constantFrom(...COLLECTIONS).chain((plural) => withQuery(documentId(k, plural).map((id) => `/api/${plural}/${id}`), query.strapiQuery(plural, { entry: true })));
  const slug = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...k.slugs.published) },
    { weight: 3, arbitrary: fc.constantFrom(...k.slugs.unpublished) },
    { weight: 1, arbitrary: values.encodedText }
  );
  const bySlug = withQuery(slug.map((s) => `/api/articles/by-slug/${s}`), someOf([[50, query.locale], [6, unknown]]));
  const section = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('coalition-news', 'statements', 'reports', 'press-releases', 'analysis') }, { weight: 1, arbitrary: values.junk });
  const feed = withQuery(fc.constantFrom('/api/articles.rss', '/api/articles.atom'), someOf([[50, query.locale], [50, section.map((s) => [param('section', s)])], [6, unknown]]));
  const groupBy = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('month', 'governorate', 'perpetrator', 'weapon') }, { weight: 1, arbitrary: values.junk }).map((g) => [param('groupBy', g)]);
  const map = withQuery(fc.constant('/api/incidents.geojson'), someOf([[75, siteFilters(k, values)], [40, query.locale], [6, unknown]]));
  const figures = withQuery(fc.constant('/api/incident-figures'), someOf([[97, groupBy], [75, siteFilters(k, values)], [40, query.locale], [6, unknown]]));
  const search = withQuery(
    fc.constant('/api/search'),
    someOf([
      [95, values.encodedText.map((v) => [param('q', v)])],
      [40, query.locale],
      [30, fc.constantFrom('article', 'incident', 'location', 'article,incident', 'incident,location', 'article', 'incident', 'location', 'source', 'x').map((t) => [param('types', t)])],
      [25, fc.constantFrom('1', '2', '5', '50', '1', '2', '5', '50', '51', '0', 'abc').map((l) => [param('limit', l)])],
      [6, unknown],
    ])
  );
  const linker = withQuery(
    fc.oneof(
      documentId(k, 'articles').map((id) => `/api/incident-linker/articles/${id}/incidents`),
      documentId(k, 'incidents').map((id) => `/api/incident-linker/incidents/${id}/articles`)
    ),
    someOf([[50, query.locale], [6, unknown]])
  );

  return fc.oneof(
    { weight: 18, arbitrary: list },
    { weight: 14, arbitrary: probe },
    { weight: 14, arbitrary: targeted },
    { weight: 8, arbitrary: entry },
    { weight: 5, arbitrary: entryProbe },
    { weight: 5, arbitrary: bySlug },
    { weight: 4, arbitrary: feed },
    { weight: 5, arbitrary: map },
    { weight: 6, arbitrary: figures },
    { weight: 12, arbitrary: search },
    { weight: 8, arbitrary: linker }
  );
}

