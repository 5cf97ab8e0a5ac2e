import { publicField, type ContractModels } from './schema';

/**
 * What the public may see of an entity of a model: its readable fields, and its populatable
 * relations and components as what the public may see of their targets, at any depth. Anything
 * else (a private field, `localizations`, a field added later and not yet declared) is dropped.
 * A row that withholds (a confidential source) shows only what the contract lets it show; a row
 * whose flag was not selected withholds too: when in doubt, withhold.
 */
export function publicView(entity: unknown, uid: string, models: ContractModels): unknown {
  if (Array.isArray(entity)) return entity.map((item) => publicView(item, uid, models));
  if (typeof entity !== 'object' || entity === null) return entity;
  const contract = models.models[uid];
  if (!contract) return {};
  const withheld = withholds(entity as Record<string, unknown>, uid, models) ? contract.withheld : undefined;
  const view: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(entity)) {
    if (withheld && !withheld.shows.includes(name)) continue;
    const field = publicField(models, uid, name);
    if (field?.kind === 'scalar' && field.capabilities.includes('read')) view[name] = value;
    else if (field?.kind === 'nested' && field.capabilities.includes('populate')) view[name] = publicView(value, field.target, models);
  }
  // A withheld row says so even when the flag was not selected, so a site can tell it from an empty one.
  if (withheld) view[withheld.when] = true;
  return view;
}

/** Whether a row of a model withholds (a confidential source): its flag set, or not selected. */
export function withholds(row: Record<string, unknown>, uid: string, models: ContractModels): boolean {
  const withheld = models.models[uid]?.withheld;
  return !!withheld && row[withheld.when] !== false;
}
