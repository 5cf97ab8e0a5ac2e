import { PUBLIC_ROUTES, type ParameterContract } from './contract';
import { fieldsWith, type ContractModels } from './schema';

/**
 * The OpenAPI document says what the contract says: its paths are the public routes (reads only),
 * each with the parameters the contract declares, and each model's schema lists the fields the
 * public may read (and the relations it may populate), so no private name appears in it.
 */
export function applyContractToOpenApi(document: any, settings: ContractModels & { locales: string[] }): void {
  const paths: Record<string, any> = {};
  for (const route of PUBLIC_ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const get = document.paths?.[path]?.get;
    if (!get) continue;
    const inPath = (get.parameters ?? []).filter((parameter: any) => parameter.in === 'path');
    const parameters = route.parameters.map((parameter) => openApiParameter(withFieldNames(parameter, route.model, settings), settings.locales));
    paths[path] = { get: { ...get, parameters: [...inPath, ...parameters] } };
  }
  document.paths = paths;

  const schemas = (document.components ??= {}).schemas ??= {};
  for (const name of Object.keys(schemas)) if (name.endsWith('Request')) delete schemas[name];
  for (const uid of Object.keys(settings.models)) schemas[schemaName(uid)] = modelSchema(uid, settings);
}

/** The names the documentation plugin gives models ("api::incident-type.incident-type" is IncidentType). */
export function schemaName(uid: string): string {
  const pascal = (text: string) => text.split(/[-_.]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  if (uid.startsWith('api::')) return pascal(uid.split('.').pop()!);
  if (uid.includes('::')) return `Public${pascal(uid.split('.').pop()!)}`;
  return `${pascal(uid)}Component`;
}

const SCALARS: Record<string, Record<string, unknown>> = {
  integer: { type: 'integer' },
  biginteger: { type: 'string', pattern: '^-?\\d+$' },
  decimal: { type: 'number' },
  float: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  time: { type: 'string', pattern: '^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?$' },
  blocks: { type: 'array', items: { type: 'object' } },
  json: {},
};

function modelSchema(uid: string, settings: ContractModels) {
  const properties: Record<string, unknown> = {};
  for (const field of fieldsWith(settings, uid, 'read')) {
    properties[field.name] =
      field.attribute.type === 'enumeration' ? { type: 'string', enum: field.attribute.enum } : (SCALARS[field.attribute.type] ?? { type: 'string' });
  }
  for (const field of fieldsWith(settings, uid, 'populate')) {
    if (field.kind !== 'nested') continue;
    const target = { $ref: `#/components/schemas/${schemaName(field.target)}` };
    const { relation, repeatable, multiple } = field.attribute as { relation?: string; repeatable?: boolean; multiple?: boolean };
    const isList = relation?.endsWith('ToMany') || repeatable === true || multiple === true;
    properties[field.name] = isList ? { type: 'array', items: target } : target;
  }
  const withheld = settings.models[uid].withheld;
  const description = withheld
    ? `Where ${withheld.when} is true (or not selected), only ${withheld.shows.join(', ')} are shown.`
    : undefined;
  return { type: 'object', ...(description ? { description } : {}), properties };
}

/** Strapi's own parameters say which of the route's fields they take, so a site developer need not guess. */
const CAPABILITY_OF: Partial<Record<string, 'filter' | 'populate' | 'read' | 'sort'>> = { filters: 'filter', populate: 'populate', fields: 'read', sort: 'sort' };

function withFieldNames(parameter: ParameterContract, model: string | undefined, settings: ContractModels): ParameterContract {
  const capability = CAPABILITY_OF[parameter.spec.form];
  if (!model || !capability) return parameter;
  const names = fieldsWith(settings, model, capability)
    .filter((field) => capability !== 'read' || field.kind === 'scalar')
    .map((field) => field.name);
  return { ...parameter, description: `${parameter.description} Here: ${names.join(', ') || 'none'}.` };
}

const text = { type: 'string' };
const deepObject = (description: string) => ({ style: 'deepObject', explode: true, schema: { type: 'object' }, description });

function openApiParameter({ name, spec, description }: ParameterContract, locales: string[]) {
  const base = { name, in: 'query', required: spec.form === 'text' && spec.required === true, description };
  switch (spec.form) {
    case 'filters':
    case 'populate':
    case 'pagination':
      return { ...base, ...deepObject(description) };
    case 'locale':
      return { ...base, schema: { type: 'string', enum: locales } };
    case 'status':
      return { ...base, schema: { type: 'string', enum: ['published'] } };
    case 'text':
      return { ...base, schema: spec.values ? { type: 'string', enum: [...spec.values] } : text };
    case 'date':
      return { ...base, schema: { type: 'string', format: 'date' } };
    case 'integer':
      return { ...base, schema: { type: 'integer', minimum: spec.min, maximum: spec.max } };
    case 'boolean':
      return { ...base, schema: { type: 'boolean' } };
    default:
      return { ...base, schema: text };
  }
}
