import { MEDIA, type Capability, type ModelContract } from './contract';

/** The part of a Strapi attribute the contract's checks read. */
export interface Attribute {
  type: string;
  target?: string;
  component?: string;
  enum?: string[];
}
export type AttributesOf = (uid: string) => Record<string, Attribute> | undefined;

/** What the contract's derived checks need to know: the declaration and the schemas it speaks of. */
export interface ContractModels {
  models: Record<string, ModelContract>;
  attributesOf: AttributesOf;
}

/** Ids are not schema attributes in Strapi 5; every row has both. */
const ROW_IDS: Record<string, Attribute> = { id: { type: 'integer' }, documentId: { type: 'string' } };

export type PublicField =
  | { name: string; kind: 'scalar'; attribute: Attribute; capabilities: Capability[] }
  | { name: string; kind: 'nested'; target: string; relation: boolean; attribute: Attribute; capabilities: Capability[] };

/** A field of a model as the contract publishes it, or undefined when it is not public at all. */
export function publicField(models: ContractModels, uid: string, name: string): PublicField | undefined {
  const capabilities = models.models[uid]?.fields[name];
  if (!capabilities) return undefined;
  const attribute = ROW_IDS[name] ?? models.attributesOf(uid)?.[name];
  if (!attribute) return undefined;
  const target = attribute.type === 'relation' ? attribute.target : attribute.type === 'media' ? MEDIA : attribute.type === 'component' ? attribute.component : undefined;
  if (target) return { name, kind: 'nested', target, relation: attribute.type !== 'component', attribute, capabilities };
  return { name, kind: 'scalar', attribute, capabilities };
}

/** Fields of a model having a capability, in declaration order. */
export const fieldsWith = (models: ContractModels, uid: string, capability: Capability): PublicField[] =>
  Object.keys(models.models[uid]?.fields ?? {})
    .map((name) => publicField(models, uid, name))
    .filter((field): field is PublicField => !!field && field.capabilities.includes(capability));

/** Whether reading or testing this field of a row would reveal what the row withholds. */
export const isWithheld = (models: ContractModels, uid: string, name: string): boolean => {
  const withheld = models.models[uid]?.withheld;
  return !!withheld && !withheld.shows.includes(name);
};

/**
 * A contract that contradicts itself or the schemas is a programming error, found at start: a
 * field that does not exist, a relation into a model the contract does not describe, or a withheld
 * field that may be sorted by (its order among other rows would give it away).
 */
export function contractProblems(models: ContractModels): string[] {
  const problems: string[] = [];
  for (const [uid, contract] of Object.entries(models.models)) {
    for (const name of Object.keys(contract.fields)) {
      const field = publicField(models, uid, name);
      if (!field) problems.push(`${uid}.${name} is not an attribute`);
      else if (field.kind === 'nested' && !models.models[field.target]) problems.push(`${uid}.${name} leads to ${field.target}, which has no contract`);
      else if (field.kind === 'nested' && field.capabilities.some((c) => c === 'read' || c === 'sort')) problems.push(`${uid}.${name} is a relation: populate or filter it`);
      else if (field.kind === 'scalar' && field.capabilities.includes('populate')) problems.push(`${uid}.${name} is not a relation`);
      if (field?.capabilities.includes('sort') && isWithheld(models, uid, name)) problems.push(`${uid}.${name} is withheld and cannot be sortable`);
    }
  }
  return problems;
}

/** The rows of a model that withhold, as a query condition: the flag set, or not set at all (when in doubt, withhold). */
export function withholdingRows(models: ContractModels, uid: string): Record<string, unknown> | undefined {
  const withheld = models.models[uid]?.withheld;
  return withheld && { $or: [{ [withheld.when]: true }, { [withheld.when]: { $null: true } }] };
}

/** The media fields whose files a withholding row withholds: every one the row does not show, so a file field added later is withheld too. */
export const withheldMediaFields = (models: ContractModels, uid: string): string[] =>
  Object.entries(models.attributesOf(uid) ?? {})
    .filter(([name, attribute]) => attribute.type === 'media' && isWithheld(models, uid, name))
    .map(([name]) => name);
