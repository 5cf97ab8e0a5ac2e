import { fieldError, type FieldError } from '@syria-cms/strapi-server-helpers';
import { isCalendarDate } from '../lib/public-query';
import type { ParameterContract, RouteContract } from './contract';
import { fieldsWith, isWithheld, publicField, type Attribute, type ContractModels } from './schema';

/**
 * Checks a public request's query against the contract: every parameter, field, operator and
 * value must be declared and of its type, or the request is refused before the database sees it.
 * Problems are collected, each named by its parameter path, so one 400 tells a site everything.
 */
export interface GuardSettings extends ContractModels {
  locales: string[];
  maxLimit: number;
}

type Query = Record<string, unknown>;
type Path = string[];

const EQUALITY = ['$eq', '$ne', '$in', '$notIn', '$null', '$notNull'];
const TEXT = [...EQUALITY, '$eqi', '$nei', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi'];
const ORDERED = [...EQUALITY, '$lt', '$lte', '$gt', '$gte', '$between'];
/** Each type of field takes one of these sets (see VALUE_TYPES). */
export const OPERATOR_SETS = { text: TEXT, ordered: ORDERED, choice: EQUALITY } as const;

interface ValueType {
  operators: string[];
  valid: (value: string, attribute: Attribute) => boolean;
  expected: (attribute: Attribute) => string;
}
/** PostgreSQL's integer columns hold 32 bits: a larger value is an error there, not an empty answer. */
const INT32 = 2 ** 31;
const integer: ValueType = {
  operators: ORDERED,
  valid: (v) => /^-?\d{1,10}$/.test(v) && Number(v) >= -INT32 && Number(v) < INT32,
  expected: () => `a whole number from ${-INT32} to ${INT32 - 1}`,
};
const bigInteger: ValueType = { operators: ORDERED, valid: (v) => /^-?\d{1,18}$/.test(v), expected: () => 'a whole number of at most 18 digits' };
const number: ValueType = {
  operators: ORDERED,
  valid: (v) => /^-?\d{1,8}(\.\d{1,8})?$/.test(v),
  expected: () => 'a decimal number such as 35.93',
};
const text: ValueType = { operators: TEXT, valid: () => true, expected: () => 'a text' };
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The operators each type of field takes and the values it accepts. */
export const VALUE_TYPES: Record<string, ValueType> = {
  integer,
  biginteger: bigInteger,
  decimal: number,
  float: number,
  string: text,
  text,
  uid: text,
  email: text,
  date: { operators: ORDERED, valid: isCalendarDate, expected: () => 'a date in the form YYYY-MM-DD' },
  datetime: {
    operators: ORDERED,
    valid: (v) => ISO_DATETIME.test(v) && isCalendarDate(v.slice(0, 10)) && Number.isFinite(Date.parse(v)),
    expected: () => 'a date and time in ISO 8601 form, such as 2017-04-10T15:15:00Z',
  },
  time: { operators: ORDERED, valid: (v) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/.test(v), expected: () => 'a time such as 06:30' },
  boolean: { operators: EQUALITY, valid: (v) => v === 'true' || v === 'false', expected: () => 'true or false' },
  enumeration: {
    operators: EQUALITY,
    valid: (v, attribute) => (attribute.enum ?? []).includes(v),
    expected: (attribute) => `one of ${(attribute.enum ?? []).join(', ')}`,
  },
};

const MAX_TEXT = 500;
const MAX_LIST = 100;
const MAX_DEPTH = 6;
const MAX_CONDITIONS = 100;

const bracketed = (path: Path) => path[0] + path.slice(1).map((part) => `[${part}]`).join('');
const isPlainObject = (value: unknown): value is Query => typeof value === 'object' && value !== null && !Array.isArray(value);
const problem = (path: Path, message: string) => fieldError(path, `${bracketed(path)}: ${message}`);

/** Parameters whose refusal deserves a pointer to what sites should use instead. */
const HINTS: Record<string, string> = {
  _q: 'full-text search is /api/search?q=',
  publicationState: 'only published content is served',
};

export function checkPublicQuery(route: RouteContract, query: Query, settings: GuardSettings): FieldError[] {
  const declared = new Map(route.parameters.map((parameter) => [parameter.name, parameter]));
  const problems: FieldError[] = [...textProblems(query, [])];
  if (problems.length > 0) return problems;
  for (const [name, value] of Object.entries(query)) {
    const parameter = declared.get(name);
    if (!parameter) {
      const accepted = route.parameters.map((p) => p.name).join(', ') || 'no parameters';
      problems.push(fieldError([name], `unknown parameter "${name}"${HINTS[name] ? ` (${HINTS[name]})` : ''}; this route accepts ${accepted}`));
    } else {
      problems.push(...parameterProblems(parameter, value, route, settings));
    }
  }
  for (const parameter of route.parameters) {
    if (parameter.spec.form === 'text' && parameter.spec.required && !(parameter.name in query)) {
      problems.push(fieldError([parameter.name], `${parameter.name} is required`));
    }
  }
  return problems;
}

/**
 * Percent-encoding that is not UTF-8 (`%FF`, a lone `%`) in the raw query string or path: the query
 * parser keeps such text as it was written, so a site would search for "%FF" without knowing why.
 * Named by the parameter as far as it can be read.
 */
export function encodingProblems(path: string, querystring: string): FieldError[] {
  const undecodable = (text: string) => {
    try {
      decodeURIComponent(text);
      return false;
    } catch {
      return true;
    }
  };
  const problems: FieldError[] = [];
  if (undecodable(path)) problems.push(fieldError(['path'], 'the path is not valid UTF-8 percent-encoding'));
  for (const pair of querystring.split('&')) {
    const [name, ...value] = pair.replace(/\+/g, ' ').split('=');
    if (!undecodable(name) && !undecodable(value.join('='))) continue;
    const readable = undecodable(name) ? name : decodeURIComponent(name);
    problems.push(fieldError([readable.split('[')[0] || 'query'], `${readable} is not valid UTF-8 percent-encoding`));
  }
  return problems;
}

/** No NUL (PostgreSQL refuses it in text), nothing longer than a query needs. */
function textProblems(value: unknown, path: Path): FieldError[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [fieldError(path, `${bracketed(path)} contains a NUL character`)];
    if (value.length > MAX_TEXT) return [fieldError(path, `${bracketed(path)} is longer than ${MAX_TEXT} characters`)];
    return [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, nested]) =>
    key.includes('\u0000') ? [fieldError(path, `a parameter name under ${bracketed(path) || 'the query'} contains a NUL character`)] : textProblems(nested, [...path, key])
  );
}

function parameterProblems(parameter: ParameterContract, value: unknown, route: RouteContract, settings: GuardSettings): FieldError[] {
  const path = [parameter.name];
  const { spec } = parameter;
  const model = route.model ?? '';
  switch (spec.form) {
    case 'filters':
      return filterProblems(value, model, path, settings);
    case 'populate':
      return populateProblems(value, model, path, settings, 0);
    case 'fields':
      return fieldsProblems(value, model, path, settings);
    case 'sort':
      return typeof value === 'string' && route.sortAliases?.includes(value) ? [] : sortProblems(value, model, path, settings);
    case 'pagination':
      return paginationProblems(value, settings.maxLimit);
    case 'locale':
      return typeof value === 'string' && settings.locales.includes(value)
        ? []
        : [fieldError(path, `locale must be one of ${settings.locales.join(', ')}; got ${JSON.stringify(value)}`)];
    case 'status':
      return value === 'published' ? [] : [fieldError(path, 'only published content is served: status may only be "published"')];
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') return [fieldError(path, `${parameter.name} must be given once, as a non-empty text`)];
      return spec.values && !spec.values.includes(value) ? [fieldError(path, `${parameter.name} must be one of ${spec.values.join(', ')}; got "${value}"`)] : [];
    case 'list':
      return (Array.isArray(value) ? value : [value]).every((part) => typeof part === 'string' && part.trim() !== '')
        ? []
        : [fieldError(path, `${parameter.name} must be one value or several separated by commas`)];
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? [] : [fieldError(path, `${parameter.name} must be a date in the form YYYY-MM-DD; got ${JSON.stringify(value)}`)];
    case 'integer': {
      const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : NaN;
      return n >= spec.min && n <= spec.max ? [] : [fieldError(path, `${parameter.name} must be a whole number from ${spec.min} to ${spec.max}; got ${JSON.stringify(value)}`)];
    }
    case 'boolean':
      return value === 'true' || value === 'false' ? [] : [fieldError(path, `${parameter.name} must be true or false`)];
  }
}

/** Shared by a whole `filters` tree, so a wide one is as bounded as a deep one. */
interface Budget {
  conditions: number;
  root: Path;
}

/** `filters`: conditions on filterable fields, joined by $and, $or and $not, through filterable relations. */
function filterProblems(
  filters: unknown,
  uid: string,
  path: Path,
  settings: GuardSettings,
  budget: Budget = { conditions: 0, root: path },
  depth = 0,
  underRelation = false
): FieldError[] {
  if (!isPlainObject(filters)) return [problem(path, 'must be conditions on fields, such as filters[title][$eq]=…')];
  if (depth > MAX_DEPTH) return [problem(path, `filters nest at most ${MAX_DEPTH} levels deep`)];
  const nested = (value: unknown, uidOf: string, at: Path, relation = false) => filterProblems(value, uidOf, at, settings, budget, depth + 1, relation);
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(filters)) {
    const here = [...path, key];
    budget.conditions += 1;
    // Said once, where the tree goes over; the rest of it is not read.
    if (budget.conditions > MAX_CONDITIONS + 1) return problems;
    if (budget.conditions > MAX_CONDITIONS) return [...problems, problem(budget.root, `at most ${MAX_CONDITIONS} conditions`)];
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) problems.push(problem(here, `${key} takes a list of conditions: ${key}[0][field]=…, ${key}[1][field]=…`));
      else value.forEach((part, index) => problems.push(...nested(part, uid, [...here, String(index)])));
    } else if (key === '$not' && underRelation) {
      // Strapi's query builder fails (a 500) on $not as the first key under a relation or component.
      problems.push(problem(here, `$not cannot stand right under a relation; write ${bracketed(path)}[$and][0][$not][…]`));
    } else if (key === '$not') {
      problems.push(...nested(value, uid, here));
    } else {
      const field = publicField(settings, uid, key);
      if (!field?.capabilities.includes('filter')) problems.push(problem(here, `"${key}" cannot be filtered on; filterable: ${names(settings, uid, 'filter')}`));
      else if (field.kind === 'nested') problems.push(...nested(value, field.target, here, true));
      else problems.push(...conditionProblems(value, field.attribute, here));
    }
  }
  return problems;
}

/** A field's condition: a value (equality) or operators with their operands. */
function conditionProblems(condition: unknown, attribute: Attribute, path: Path): FieldError[] {
  const type = VALUE_TYPES[attribute.type];
  if (!type) return [problem(path, 'cannot be filtered on')];
  const checkValue = (value: unknown, at: Path): FieldError[] =>
    typeof value === 'string' && type.valid(value, attribute) ? [] : [problem(at, `must be ${type.expected(attribute)}; got ${JSON.stringify(value)}`)];
  if (!isPlainObject(condition)) return checkValue(condition, path);
  const problems: FieldError[] = [];
  for (const [operator, operand] of Object.entries(condition)) {
    const here = [...path, operator];
    if (operator === '$not') problems.push(...conditionProblems(operand, attribute, here));
    else if (!type.operators.includes(operator)) problems.push(problem(here, `unknown operator; this field takes ${type.operators.join(' ')}`));
    else if (operator === '$null' || operator === '$notNull') {
      if (!(operand === null || operand === 'true' || operand === 'false')) problems.push(problem(here, 'must be true or false'));
    } else if (operator === '$in' || operator === '$notIn') {
      if (!Array.isArray(operand) || operand.length === 0 || operand.length > MAX_LIST) problems.push(problem(here, `takes a list of 1 to ${MAX_LIST} values: ${operator}[0]=…`));
      else operand.forEach((value, index) => problems.push(...checkValue(value, [...here, String(index)])));
    } else if (operator === '$between') {
      if (!Array.isArray(operand) || operand.length !== 2) problems.push(problem(here, 'takes exactly two values: $between[0]=…&$between[1]=…'));
      else operand.forEach((value, index) => problems.push(...checkValue(value, [...here, String(index)])));
    } else problems.push(...checkValue(operand, here));
  }
  return problems;
}

/** `populate`: `*`, names (comma-separated, dotted for depth, or a list), or per relation `true` or its own query. */
function populateProblems(populate: unknown, uid: string, path: Path, settings: GuardSettings, depth: number): FieldError[] {
  if (depth > MAX_DEPTH) return [problem(path, `populate nests at most ${MAX_DEPTH} levels deep`)];
  if (populate === '*') return [];
  if (typeof populate === 'string' || Array.isArray(populate)) {
    const paths = (Array.isArray(populate) ? populate : [populate]).flatMap((item) => (typeof item === 'string' ? item.split(',') : [null]));
    if (paths.some((item) => item === null)) return [problem(path, 'must be relation names')];
    return paths.flatMap((dotted) => dottedPopulateProblems(dotted!.trim().split('.'), uid, path, settings));
  }
  if (!isPlainObject(populate)) return [problem(path, 'must be *, relation names, or populate[relation]=true')];
  return Object.entries(populate).flatMap(([name, value]) => {
    const here = [...path, name];
    const field = publicField(settings, uid, name);
    if (!field?.capabilities.includes('populate') || field.kind !== 'nested') return [problem(here, `"${name}" cannot be populated; populatable: ${names(settings, uid, 'populate')}`)];
    if (value === 'true' || value === '*') return [];
    if (!isPlainObject(value)) return [problem(here, 'must be true or the relation\'s own fields, filters, sort and populate')];
    return Object.entries(value).flatMap(([part, nested]): FieldError[] => {
      const at = [...here, part];
      if (part === 'fields') return fieldsProblems(nested, field.target, at, settings);
      if (part === 'populate') return populateProblems(nested, field.target, at, settings, depth + 1);
      if (part === 'filters' && field.relation) return filterProblems(nested, field.target, at, settings);
      if (part === 'sort' && field.relation) return sortProblems(nested, field.target, at, settings);
      return [problem(at, `unknown; a populated ${field.relation ? 'relation takes fields, filters, sort and populate' : 'component takes fields and populate'}`)];
    });
  });
}

function dottedPopulateProblems(names_: string[], uid: string, path: Path, settings: GuardSettings): FieldError[] {
  let model = uid;
  for (const name of names_) {
    const field = publicField(settings, model, name);
    if (!field?.capabilities.includes('populate') || field.kind !== 'nested') return [problem(path, `"${name}" cannot be populated; populatable: ${names(settings, model, 'populate')}`)];
    model = field.target;
  }
  return [];
}

/** `fields`: readable fields of the model, as a list or comma-separated. */
function fieldsProblems(fields: unknown, uid: string, path: Path, settings: GuardSettings): FieldError[] {
  const list = typeof fields === 'string' ? fields.split(',') : Array.isArray(fields) && fields.every((f) => typeof f === 'string') ? (fields as string[]) : null;
  if (!list) return [problem(path, 'must be field names: fields[0]=title&fields[1]=slug, or fields=title,slug')];
  return list
    .map((name) => name.trim())
    .filter((name) => {
      const field = publicField(settings, uid, name);
      return !(field?.kind === 'scalar' && field.capabilities.includes('read'));
    })
    .map((name) => problem(path, `"${name}" is not a readable field; readable: ${names(settings, uid, 'read')}`));
}

/** `sort`: sortable fields of the model, each with an optional :asc or :desc. */
function sortProblems(sort: unknown, uid: string, path: Path, settings: GuardSettings): FieldError[] {
  const entries: [string, unknown][] = [];
  const collect = (value: unknown): boolean => {
    if (typeof value === 'string') {
      for (const part of value.split(',')) {
        const [name, direction = 'asc', ...rest] = part.trim().split(':');
        entries.push([name, rest.length > 0 ? '' : direction]);
      }
      return true;
    }
    if (Array.isArray(value)) return value.every(collect);
    if (isPlainObject(value)) {
      Object.entries(value).forEach((entry) => entries.push(entry));
      return true;
    }
    return false;
  };
  if (!collect(sort)) return [problem(path, 'must be field:asc or field:desc, comma-separated or as a list')];
  return entries.flatMap(([name, direction]) => {
    const field = publicField(settings, uid, name);
    if (!(field?.kind === 'scalar' && field.capabilities.includes('sort'))) {
      return [problem(path, `cannot sort by "${name}"; sortable: ${names(settings, uid, 'sort')}`)];
    }
    return typeof direction === 'string' && /^(asc|desc)$/i.test(direction) ? [] : [problem(path, `the direction of "${name}" must be asc or desc`)];
  });
}

/** An offset past what a 64-bit column can count is refused rather than sent to the database. */
const MAX_OFFSET = 1_000_000_000;
const PAGINATION: Record<string, [number, number | 'max']> = { page: [1, MAX_OFFSET / 100], pageSize: [1, 'max'], start: [0, MAX_OFFSET], limit: [1, 'max'] };

/** Strapi silently clamps or ignores pagination it cannot honour; a site is told instead. */
function paginationProblems(pagination: unknown, maxLimit: number): FieldError[] {
  if (!isPlainObject(pagination)) {
    return [fieldError(['pagination'], 'pagination must be given as pagination[page] and pagination[pageSize], or pagination[start] and pagination[limit]')];
  }
  const problems: FieldError[] = [];
  for (const [name, value] of Object.entries(pagination)) {
    const here = ['pagination', name];
    if (name === 'withCount') {
      if (value !== 'true' && value !== 'false') problems.push(fieldError(here, 'pagination[withCount] must be true or false'));
      continue;
    }
    const range = PAGINATION[name];
    if (!range) {
      problems.push(fieldError(here, `unknown pagination parameter "${name}"`));
      continue;
    }
    const [min, max] = [range[0], range[1] === 'max' ? maxLimit : range[1]];
    const n = typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) {
      problems.push(fieldError(here, `pagination[${name}] must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`));
    }
  }
  const given = Object.keys(pagination);
  if (given.some((name) => name === 'page' || name === 'pageSize') && given.some((name) => name === 'start' || name === 'limit')) {
    problems.push(fieldError(['pagination'], 'pagination takes page and pageSize, or start and limit, not both'));
  }
  return problems;
}

const names = (settings: GuardSettings, uid: string, capability: 'read' | 'filter' | 'sort' | 'populate') =>
  fieldsWith(settings, uid, capability)
    .filter((field) => capability !== 'read' || field.kind === 'scalar')
    .map((field) => field.name)
    .join(', ') || 'none';

/**
 * After the checks: `populate=*` and names become explicit objects naming only populatable
 * relations (Strapi's `*` would also reach `localizations`), and every condition on a withheld
 * field is narrowed to rows that do not withhold it, at any depth, in `filters` and in populated
 * relations' filters: the answer is then true of public rows only.
 */
export function normalizePublicQuery(route: RouteContract, query: Query, settings: ContractModels): void {
  if (!route.model) return;
  if (query.filters !== undefined) query.filters = narrowWithheld(query.filters, route.model, settings);
  if (query.populate !== undefined) query.populate = explicitPopulate(query.populate, route.model, settings);
}

function explicitPopulate(populate: unknown, uid: string, settings: ContractModels): Query {
  if (populate === '*') return Object.fromEntries(fieldsWith(settings, uid, 'populate').map((field) => [field.name, true]));
  if (typeof populate === 'string' || Array.isArray(populate)) {
    const tree: Query = {};
    for (const dotted of (Array.isArray(populate) ? populate : [populate]).flatMap((item: string) => item.split(','))) {
      let level = tree;
      for (const name of dotted.trim().split('.')) {
        const node = isPlainObject(level[name]) ? (level[name] as Query) : (level[name] = {});
        level = (node.populate ??= {}) as Query;
      }
    }
    return explicitPopulate(tree, uid, settings);
  }
  return Object.fromEntries(
    Object.entries(populate as Query).map(([name, value]) => {
      const field = publicField(settings, uid, name) as Extract<ReturnType<typeof publicField>, { kind: 'nested' }>;
      if (!isPlainObject(value)) return [name, true];
      const { filters, populate: nested, ...rest } = value;
      const query: Query = { ...rest };
      if (filters !== undefined) query.filters = narrowWithheld(filters, field.target, settings);
      if (nested !== undefined && !(isPlainObject(nested) && Object.keys(nested).length === 0)) query.populate = explicitPopulate(nested, field.target, settings);
      return [name, Object.keys(query).length > 0 ? query : true];
    })
  );
}

function narrowWithheld(filters: unknown, uid: string, settings: ContractModels): unknown {
  if (Array.isArray(filters)) return filters.map((part) => narrowWithheld(part, uid, settings));
  if (!isPlainObject(filters)) return filters;
  const narrowed: Query = {};
  let testsWithheld = false;
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or' || key === '$not') narrowed[key] = narrowWithheld(value, uid, settings);
    else {
      const field = publicField(settings, uid, key);
      narrowed[key] = field?.kind === 'nested' ? narrowWithheld(value, field.target, settings) : value;
      if (isWithheld(settings, uid, key)) testsWithheld = true;
    }
  }
  const withheld = settings.models[uid]?.withheld;
  return testsWithheld && withheld ? { $and: [narrowed, { [withheld.when]: false }] } : narrowed;
}
