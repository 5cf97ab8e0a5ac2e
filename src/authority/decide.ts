import type { Grant, WriteAction } from './model';

/** One write, as the authority model sees it. */
export interface Write {
  action: WriteAction;
  uid: string;
  documentId?: string;
  /** The locales it touches: some, every one at once, or none (links belong to no locale). */
  locales: readonly string[] | 'every';
  /** The fields it sets or changes, and whether each has one value per language. */
  fields: readonly { name: string; localized: boolean }[];
}

export interface Refusal {
  reason: string;
  /** What was refused: the locales asked for (or those not granted), the fields written (or those not granted). */
  locales: readonly string[] | 'every';
  fields: readonly string[];
}

/** Null when some grant allows the whole write; otherwise why not, naming the first thing no grant covers. */
export function decide(grants: readonly Grant[], write: Write): Refusal | null {
  const named = write.fields.map((field) => field.name);
  const forAction = grants.filter((grant) => grant.actions.includes(write.action));
  if (forAction.length === 0) {
    return { reason: `may not ${write.action} ${typeName(write.uid)}`, locales: write.locales, fields: named };
  }
  const inLocales = forAction.filter((grant) => coversLocales(grant, write.locales));
  if (inLocales.length === 0) {
    const refused = write.locales === 'every' ? 'every' : write.locales.filter((locale) => !forAction.some((grant) => coversLocales(grant, [locale])));
    return { reason: `may not ${write.action} ${typeName(write.uid)} in ${refused === 'every' ? 'every locale at once' : `locale ${refused.join(', ')}`}`, locales: refused, fields: named };
  }
  const shared = write.fields.filter((field) => !field.localized).map((field) => field.name);
  if (shared.length > 0 && !inLocales.some((grant) => grant.fields === 'every')) {
    return { reason: `may not change ${shared.join(', ')}: shared by every language`, locales: write.locales, fields: shared };
  }
  return null;
}

const coversLocales = (grant: Grant, locales: Write['locales']) =>
  grant.locales === 'every' || (locales !== 'every' && locales.every((locale) => grant.locales.includes(locale)));

/** `api::source.source` → `source`, `plugin::incident-linker.link` → `link`. */
const typeName = (uid: string) => uid.split('.').pop() ?? uid;
