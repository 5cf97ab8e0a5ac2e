import { fieldError, validationError } from '@syria-cms/strapi-server-helpers';
import { acledMapping } from './acled';
import { casualtyTableMapping } from './casualty-table';
import type { Mapping } from './mapping';
import { nativeMappings } from './native';
import { ochaGazetteerMapping } from './ocha-gazetteer';

/** Every layout the import reads, by name. */
export const MAPPINGS: Mapping[] = [...nativeMappings, acledMapping, casualtyTableMapping, ochaGazetteerMapping];

export function findMapping(name: string): Mapping {
  const mapping = MAPPINGS.find((candidate) => candidate.name === name);
  if (!mapping) throw validationError([fieldError('mapping', `"${name}" is not a mapping; choose one of ${MAPPINGS.map(({ name }) => name).join(', ')}`)]);
  return mapping;
}

export type { Mapping };
