import { fieldError, validationError } from '@syria-cms/strapi-server-helpers';
import type { DataExchangeSettings } from '../settings';
import { acledMapping } from './acled';
import { casualtyTableMapping } from './casualty-table';
import { configuredMapping, configuredMappingProblems } from './configured';
import type { Mapping } from './mapping';
import { nativeMappings } from './native';
import { ochaGazetteerMapping } from './ocha-gazetteer';

/** The layouts the import reads as code declares them. */
const DECLARED: Mapping[] = [...nativeMappings, acledMapping, casualtyTableMapping, ochaGazetteerMapping];

/** Every layout the import reads: the declared ones, then those config/data-exchange.ts adds. */
export function mappingsOf(settings: DataExchangeSettings): Mapping[] {
  const mappings = [...DECLARED];
  for (const definition of settings.mappings ?? []) {
    const base = nativeMappings.find(({ name }) => name === definition.base);
    const problems = configuredMappingProblems(definition, base, mappings.map(({ name }) => name));
    if (problems.length > 0) throw new Error(problems.join('; '));
    mappings.push(configuredMapping(definition, base!));
  }
  return mappings;
}

export function findMapping(settings: DataExchangeSettings, name: string): Mapping {
  const mappings = mappingsOf(settings);
  const mapping = mappings.find((candidate) => candidate.name === name);
  if (!mapping) throw validationError([fieldError('mapping', `"${name}" is not a mapping; choose one of ${mappings.map(({ name }) => name).join(', ')}`)]);
  return mapping;
}

export type { Mapping };
