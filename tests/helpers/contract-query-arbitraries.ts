import fc from 'fast-check';
import { PUBLIC_MODELS, PUBLIC_ROUTES } from '../../src/public-api/contract';
import { VALUE_TYPES } from '../../src/public-api/query-guard';
import { fieldsWith, type ContractModels, type PublicField } from '../../src/public-api/schema';
import type { Knowledge } from './public-query-arbitraries';
import { appSchemas } from './schemas';

/**
 * Requests the public contract accepts, aimed at what it withholds: conditions on every filterable
 * field (through relations and components, in `$and`, `$or`, `$not`, inside populated relations)
 * with every operator the field's type takes, their values drawn from the withheld texts, figures
 * and dates of the two databases; sorts by every sortable field. The grammar's own generator
 * (public-query-arbitraries.ts) is mostly refused by a strict guard; these all reach the database,
 * so that a leak through what is accepted shows as A and B answering differently.
 */
const schemas = appSchemas();
const MODELS: ContractModels = { models: PUBLIC_MODELS, attributesOf: (uid) => schemas[uid] };
const LISTS = PUBLIC_ROUTES.filter((route) => route.model && !route.path.includes(':')).map((route) => ({ path: route.path, uid: route.model! }));

const enc = encodeURIComponent;
const prefix = (text: string) => fc.integer({ min: 1, max: Math.max(1, Math.min(30, text.length)) }).map((length) => text.slice(0, length));

export function contractRequest(k: Knowledge): fc.Arbitrary<string> {
  const pool = (values: string[]) => (values.length > 0 ? fc.constantFrom(...values) : fc.constant('x'));
  const textFor = (name: string) =>
    fc.oneof(
      { weight: 4, arbitrary: pool([...(k.withheldByField[name] ?? []), ...k.withheldTexts]).chain(prefix) },
      { weight: 2, arbitrary: pool([...(k.publicByField[name] ?? []), ...k.publicTexts]).chain(prefix) }
    );
  const numbers = pool(k.numbers.map(String)).chain((n) => fc.constantFrom(Number(n) - 1, Number(n), Number(n) + 1).map(String));
  const dates = pool(k.dates.filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)));

  const valueOf = (field: PublicField): fc.Arbitrary<string> => {
    const { type, enum: values } = field.attribute;
    if (type === 'enumeration') return fc.constantFrom(...values!);
    if (type === 'boolean') return fc.constantFrom('true', 'false');
    if (type === 'integer' || type === 'decimal' || type === 'float') return field.name === 'id' ? fc.integer({ min: 1, max: 400 }).map(String) : numbers;
    if (type === 'date') return dates;
    if (type === 'datetime') return dates.map((date) => `${date}T12:00:00Z`);
    if (field.name === 'documentId') return pool(Object.values(k.documentIds).flatMap((ids) => [...ids.published, ...ids.unpublished]));
    return textFor(field.name);
  };

  /** `[path]=value` pairs, as a query string writes them. */
  type Pairs = [string, string][];
  const condition = (field: PublicField): fc.Arbitrary<Pairs> => {
    const operators = VALUE_TYPES[field.attribute.type].operators;
    return fc.constantFrom(...operators).chain((operator): fc.Arbitrary<Pairs> => {
      if (operator === '$null' || operator === '$notNull') return fc.constantFrom('true', 'false').map((v) => [[`[${operator}]`, v]]);
      if (operator === '$in' || operator === '$notIn') return fc.array(valueOf(field), { minLength: 1, maxLength: 3 }).map((vs) => vs.map((v, i) => [`[${operator}][${i}]`, v]));
      if (operator === '$between') return fc.tuple(valueOf(field), valueOf(field)).map(([x, y]) => [[`[$between][0]`, x], [`[$between][1]`, y]]);
      return valueOf(field).map((v) => [[`[${operator}]`, v]]);
    });
  };

  const filtersOf = (uid: string, depth: number): fc.Arbitrary<Pairs> => {
    const filterable = fieldsWith(MODELS, uid, 'filter');
    const options: fc.WeightedArbitrary<Pairs>[] = [
      {
        weight: 6,
        arbitrary: fc.constantFrom(...filterable).chain((field) =>
          (field.kind === 'nested' ? (depth < 2 ? filtersOf(field.target, depth + 1) : fc.constant<Pairs>([])) : condition(field)).map((pairs) =>
            pairs.map(([path, value]): [string, string] => [`[${field.name}]${path}`, value])
          )
        ),
      },
    ];
    if (depth < 2) {
      const nested = filtersOf(uid, depth + 1);
      options.push(
        { weight: 2, arbitrary: fc.tuple(fc.constantFrom('$and', '$or'), fc.array(nested, { minLength: 1, maxLength: 3 })).map(([join, parts]) => parts.flatMap((pairs, i) => pairs.map(([path, value]): [string, string] => [`[${join}][${i}]${path}`, value]))) },
        { weight: 1, arbitrary: nested.map((pairs) => pairs.map(([path, value]): [string, string] => [`[$not]${path}`, value])) }
      );
    }
    return fc.oneof(...options);
  };

  const sortOf = (uid: string) => {
    const sortable = fieldsWith(MODELS, uid, 'sort').map((field) => field.name);
    return sortable.length > 0 ? fc.tuple(fc.constantFrom(...sortable), fc.constantFrom('asc', 'desc')).map(([name, direction]) => `${name}:${direction}`) : fc.constant(undefined);
  };

  const populateOf = (uid: string): fc.Arbitrary<string[]> => {
    const relations = fieldsWith(MODELS, uid, 'populate').filter((field) => field.kind === 'nested');
    if (relations.length === 0) return fc.constant([]);
    return fc.subarray(relations, { minLength: 1 }).chain((chosen) =>
      fc.tuple(
        ...chosen.map((field) => {
          const at = `populate[${field.name}]`;
          if (!(field.kind === 'nested' && field.relation && fieldsWith(MODELS, field.target, 'filter').length > 0)) return fc.constant([`${at}=true`]);
          return fc
            .tuple(fc.option(filtersOf(field.target, 1)), fc.option(sortOf(field.target)))
            .map(([filters, sort]) => {
              const parts = [...(filters ?? []).map(([path, value]) => `${at}[filters]${path}=${enc(value)}`), ...(sort ? [`${at}[sort]=${sort}`] : [])];
              return parts.length > 0 ? parts : [`${at}=true`];
            });
        })
      ).map((parts) => parts.flat())
    );
  };

  return fc.constantFrom(...LISTS).chain(({ path, uid }) =>
    fc
      .tuple(fc.option(filtersOf(uid, 0), { freq: 4 }), fc.option(populateOf(uid)), fc.option(sortOf(uid)), fc.constantFrom('en', 'ar'))
      .map(([filters, populate, sort, locale]) => {
        const parts = [
          `locale=${locale}`,
          ...(filters ?? []).map(([at, value]) => `filters${at}=${enc(value)}`),
          ...(populate ?? []),
          ...(sort ? [`sort=${sort}`] : []),
        ];
        return `/api${path}?${parts.join('&')}`;
      })
  );
}
