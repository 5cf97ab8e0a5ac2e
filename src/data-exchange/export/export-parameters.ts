import { throwIfProblems } from '@syria-cms/strapi-server-helpers';
import { INCIDENT_FILTER_PARAMETERS } from '../../lib/incident-filters';
import { ParameterReader } from '../../lib/public-query';
import { getService } from '../../services';
import { EXCHANGE_LANGUAGES } from '../languages';
import { TABLE_FORMATS } from '../tables/write-table';
import { EXPORT_TYPE_NAMES, type ExportRequest } from './export-records';

const COMMON = ['format', 'language'];
const FILTERS: readonly string[] = INCIDENT_FILTER_PARAMETERS;

/**
 * An admin's or the command line's export request: the type exported, then `format`, `language`
 * (both by default) and, for incidents, the public API's incident filters, checked by the same
 * service as there. The type is not a query parameter because the incident filters already have a
 * `type` (the incident type), as on the public API. Every problem is one 400 naming each parameter
 * and what it takes; an unknown parameter is refused, not ignored (a mistyped filter must not
 * export everything).
 */
export async function readExportParameters(exported: string | undefined, query: Record<string, unknown>): Promise<Omit<ExportRequest, 'audience'>> {
  const reader = new ParameterReader(query);
  const type = EXPORT_TYPE_NAMES.find((name) => name === exported);
  if (!type) reader.problem('type', `the type exported must be one of ${EXPORT_TYPE_NAMES.join(', ')}; got "${exported ?? ''}"`);
  const format = reader.oneOf('format', TABLE_FORMATS, { required: true });
  const language = reader.oneOf('language', EXCHANGE_LANGUAGES) ?? 'both';
  const takesFilters = type === 'incidents';
  for (const name of Object.keys(query)) {
    if (COMMON.includes(name) || (takesFilters && FILTERS.includes(name))) continue;
    if (!FILTERS.includes(name)) reader.problem(name, `${name} is not a parameter of an export: it takes ${[...COMMON, ...FILTERS].join(', ')}`);
    // A filter beside a missing or unknown type is left to the type's own problem.
    else if (type) reader.problem(name, `${name} filters incidents only, not ${type}`);
  }
  // The incident filters' problems join the others in one 400.
  const conditions = takesFilters ? await getService('api::incident.incident-query').fromRequest(reader) : undefined;
  throwIfProblems(reader.problems);
  return { type: type!, format: format!, language, conditions };
}
