import { CellReader } from '../import/cells';
import { isReference, type ImportRecord } from '../import/types';
import type { ConfiguredMapping } from '../settings';
import type { Mapping, MappingContext } from './mapping';

/**
 * A mapping declared in config/data-exchange.ts: another spreadsheet's column names for a native
 * mapping's columns (a newsroom's old sheet, a partner's export). The file is read as the native
 * mapping reads its own layout, and every problem names the file's column, not the native one.
 */
export function configuredMapping(definition: ConfiguredMapping, base: Mapping): Mapping {
  const nativeOf = definition.columns;
  const fileColumnOf = Object.fromEntries(Object.entries(nativeOf).map(([file, native]) => [native, file]));
  const inFile = (column: string) => fileColumnOf[column] ?? column;
  const described = new Map(base.columns.map((column) => [column.name, column.description]));
  return {
    name: definition.name,
    label: definition.label,
    description: definition.description,
    types: base.types,
    columns: Object.entries(nativeOf).map(([file, native]) => ({ name: file, description: `${described.get(native)} (${base.name}: ${native})` })),
    toRecords(context: MappingContext): ImportRecord[] {
      const cells = Object.fromEntries(Object.entries(context.cells).filter(([file]) => file in nativeOf).map(([file, value]) => [nativeOf[file], value]));
      const read = new CellReader(cells, (column, value, why, suggestions) => context.report(inFile(column), value, why, suggestions), context.now);
      return base.toRecords({ ...context, read, cells, report: (column, value, why, suggestions) => context.report(inFile(column), value, why, suggestions) }).map((record) => ({
        ...record,
        columns: Object.fromEntries(Object.entries(record.columns).map(([field, column]) => [field, inFile(column)])),
        shared: renamedReferences(record.shared, inFile),
      }));
    },
  };
}

/** References name the column they came from, for their problems: the file's name for it. */
function renamedReferences(values: Record<string, unknown>, inFile: (column: string) => string): Record<string, unknown> {
  const rename = (value: unknown): unknown => {
    if (isReference(value)) return { ...value, column: inFile(value.column) };
    if (Array.isArray(value)) return value.map(rename);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rename(inner)]));
    return value;
  };
  return Object.fromEntries(Object.entries(values).map(([path, value]) => [path, rename(value)]));
}

/** What is wrong with a declared mapping, in words for whoever edits the configuration; none when it is right. */
export function configuredMappingProblems(definition: ConfiguredMapping, base: Mapping | undefined, taken: string[]): string[] {
  const where = `config/data-exchange.ts mapping "${definition.name}"`;
  if (!base) return [`${where} is based on "${definition.base}", which is not a native mapping`];
  const known = new Set(base.columns.map(({ name }) => name));
  return [
    ...(taken.includes(definition.name) ? [`${where}: another mapping has that name`] : []),
    ...Object.values(definition.columns)
      .filter((native) => !known.has(native))
      .map((native) => `${where} maps a column to "${native}", which ${base.name} does not read`),
  ];
}
