import type { Core } from '@strapi/strapi';
import { foldText, isLocalized, parseAliases } from '@syria-cms/bilingual-text';
import { attributesOf } from '@syria-cms/strapi-server-helpers';
import { CONTENT_RULES } from '../../document-middlewares/content-rules';
import { INCIDENT, LOCATION } from '../../uids';
import type { Mapping } from '../mappings/mapping';
import type { DataExchangeSettings } from '../settings';
import type { TableRow } from '../tables/read-table';
import { CellReader } from './cells';
import type { ImportDirectory } from './directory';
import { newDocumentId } from './document-ids';
import { isReference, why, type ImportRecord, type PlannedRecord, type Problem, type Reference, type StoredDocument, type Why } from './types';

export interface PlannedChunk {
  records: PlannedRecord[];
  problems: Problem[];
  skipped: number;
}

/** Reports a problem of a record's row: the column, the value, why. */
type ProblemAt = (column: string, value: unknown, why: Why, suggestions?: string[]) => void;

/** Keys that name one record, in the order a record is identified by them. */
const IDENTITY_KEYS = ['documentId', 'externalId', 'pcode', 'url', 'title', 'name'] as const;

/**
 * Decides, row by row, what each record of a file is: new, an update (and of which fields), or
 * unchanged; and every problem that would stop it being written. The same planning runs for the
 * dry run and again inside the commit's transaction, so what is written is what was previewed.
 */
export class ImportPlanner {
  /** The row where each record was first named, by identity, to report a duplicate where it repeats. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly mapping: Mapping,
    private readonly directory: ImportDirectory,
    private readonly settings: DataExchangeSettings,
    private readonly now: Date
  ) {}

  async plan(rows: TableRow[]): Promise<PlannedChunk> {
    const problems: Problem[] = [];
    let skipped = 0;
    const records: ImportRecord[] = [];
    for (const { row, cells } of rows) {
      const report = (column: string, value: string, { code, params, reason }: Why, suggestions?: string[]) =>
        problems.push({ row, column, value, code, params, reason: `${JSON.stringify(value)} ${reason}`, ...(suggestions?.length ? { suggestions } : {}) });
      let skip = false;
      const mapped = this.mapping.toRecords({
        read: new CellReader(cells, report, this.now),
        cells,
        now: this.now,
        row,
        settings: this.settings,
        skip: () => (skip = true),
        report,
      });
      if (skip) skipped += 1;
      else records.push(...mapped);
    }
    await this.directory.prefetch(records);
    // Incidents are read per batch and nothing points at them: keeping them would hold a large file whole.
    try {
      return this.decideAll(records, problems, skipped);
    } finally {
      this.directory.forget(INCIDENT);
    }
  }

  private decideAll(records: ImportRecord[], problems: Problem[], skipped: number): PlannedChunk {
    const planned: PlannedRecord[] = [];
    for (const record of records) {
      const decided = this.decide(record, problems);
      // A row with a problem is not counted as written: nothing of the file will be.
      if (decided) planned.push(decided);
    }
    const rowsWithProblems = new Set(problems.map(({ row }) => row));
    return { records: planned.filter(({ row }) => !rowsWithProblems.has(row)), problems, skipped };
  }

  private decide(record: ImportRecord, problems: Problem[]): PlannedRecord | null {
    const problem: ProblemAt = (column, value, { code, params, reason }, suggestions) =>
      problems.push({ row: record.row, column, value: value === null || value === undefined ? null : String(value), code, params, reason, ...(suggestions?.length ? { suggestions } : {}) });
    const countBefore = problems.length;

    const shared = this.resolveAll(record.shared, problem);
    const onCreate = this.resolveAll(record.onCreate ?? {}, problem);
    const keys = { ...record.keys };
    if (record.type === LOCATION && keys.name) keys.name = `${shared.parent ?? ''}|${foldText(keys.name)}`;

    const identity = IDENTITY_KEYS.map((name) => (keys[name] ? `${record.type}|${name}|${keys[name]}` : null)).find(Boolean);
    if (identity) {
      const first = this.seen.get(identity);
      if (first !== undefined) {
        if (record.repeatable) return null;
        const name = IDENTITY_KEYS.find((key) => keys[key])!;
        const column = record.columns[name] ?? name;
        problem(column, keys[name], why('duplicate', `${JSON.stringify(keys[name])} is also on row ${first}: a file names each record once`, { firstRow: first }));
        return null;
      }
      this.seen.set(identity, record.row);
    }

    const existing = this.directory.find(record.type, keys);
    const action = existing ? 'update' : 'create';
    const documentId = existing?.documentId ?? record.keys.documentId ?? newDocumentId();
    const writeShared: Record<string, unknown> = {};
    const changes: string[] = [];
    for (const [path, value] of Object.entries(existing ? shared : { ...onCreate, ...shared })) {
      if (existing && sameValue(existing.shared[path], value)) continue;
      writeShared[path] = value;
      if (existing) changes.push(path);
    }
    const writeLocalized: Record<string, Record<string, unknown>> = {};
    for (const [locale, fields] of Object.entries(this.localizedWithFormerNames(record, existing))) {
      for (const [field, value] of Object.entries(fields)) {
        if (existing && sameValue(existing.localized[locale]?.[field] ?? null, value)) continue;
        (writeLocalized[locale] ??= {})[field] = value;
        if (existing) changes.push(locale === this.directory.defaultLocale ? field : `${field}__${locale}`);
      }
    }
    const publish = Boolean(record.publish) && (changes.length > 0 || !existing?.published);
    if (publish && existing && changes.length === 0) changes.push('status');

    const after = merged(existing, writeShared, writeLocalized);
    // A required cell that could not be read was reported already, as what it is.
    const reported = new Set(problems.filter((found) => found.row === record.row).map((found) => found.column));
    if (!existing) this.checkRequired(record, after, (column, value, reason) => reported.has(column) || problem(column, value, reason));
    this.checkSchema(record, writeShared, writeLocalized, problem);
    this.checkUnique(record, documentId, writeShared, problem);
    for (const error of CONTENT_RULES[record.type]?.(nested(after.shared), this.now) ?? []) {
      const path = error.path.join('.');
      problem(record.columns[path] ?? record.columns[error.path[0]] ?? path, valueAt(after.shared, path), why(error.code, error.message, error.params));
    }
    if (problems.length > countBefore) return null;

    // Later rows may point at it (a place, a source), or name it again.
    if (record.type !== INCIDENT) this.directory.add(record.type, { ...after, documentId });
    return {
      row: record.row,
      type: record.type,
      action: existing && changes.length === 0 ? 'unchanged' : action,
      documentId,
      label: labelOf(after),
      changes,
      shared: writeShared,
      localized: writeLocalized,
      publish,
      storedComponents: componentsOf(existing),
    };
  }

  /** A place renamed by the import keeps its former name as an alias, so that matching still finds it. */
  private localizedWithFormerNames(record: ImportRecord, existing: StoredDocument | undefined) {
    if (!record.keepFormerNames || !existing) return record.localized;
    return Object.fromEntries(
      Object.entries(record.localized).map(([locale, fields]) => {
        const former = existing.localized[locale]?.name as string | undefined;
        if (!former || typeof fields.name !== 'string' || foldText(former) === foldText(fields.name)) return [locale, fields];
        const aliases = parseAliases((fields.aliases ?? existing.localized[locale]?.aliases) as string | null);
        if (!aliases.some((alias) => foldText(alias) === foldText(former))) aliases.push(former);
        return [locale, { ...fields, aliases: aliases.join('\n') }];
      })
    );
  }

  private resolveAll(values: Record<string, unknown>, problem: ProblemAt) {
    const resolveOne = (reference: Reference): string | undefined => {
      const found = this.directory.resolve(reference);
      if ('documentId' in found) return found.documentId;
      problem(reference.column, reference.value, { ...found, reason: `${JSON.stringify(reference.value)} ${found.reason}` }, found.suggestions);
      return undefined;
    };
    const resolve = (value: unknown): unknown => {
      if (isReference(value)) return resolveOne(value) ?? null;
      if (Array.isArray(value)) {
        const items = value.map(resolve);
        // A to-many relation is written in the file's order, once per id.
        return items.every((item) => typeof item === 'string') ? [...new Set(items as string[])] : items;
      }
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]));
      return value;
    };
    return Object.fromEntries(Object.entries(values).map(([path, value]) => [path, resolve(value)]));
  }

  /** A new record needs every required field the schema gives no default. */
  private checkRequired(record: ImportRecord, after: Omit<StoredDocument, 'documentId'>, problem: ProblemAt) {
    for (const [name, attribute] of Object.entries(attributesOf(this.strapi, record.type)) as [string, any][]) {
      if (!attribute.required || attribute.default !== undefined) continue;
      const present = isLocalized(attribute)
        ? Object.values(after.localized).some((fields) => fields[name] !== null && fields[name] !== undefined)
        : after.shared[name] !== null && after.shared[name] !== undefined;
      if (!present) problem(record.columns[name] ?? name, null, why('required', `is empty: a new ${modelName(this.strapi, record.type)} needs it`, { type: record.type }));
    }
  }

  /** Lengths and patterns the schema declares, checked before the write so that the dry run reports them. */
  private checkSchema(record: ImportRecord, shared: Record<string, unknown>, localized: Record<string, Record<string, unknown>>, problem: ProblemAt) {
    const attributes = attributesOf(this.strapi, record.type) as Record<string, any>;
    const check = (name: string, value: unknown, column: string) => {
      const attribute = attributes[name];
      if (typeof value !== 'string' || !attribute) return;
      if (attribute.maxLength && value.length > attribute.maxLength) {
        problem(column, value, why('too-long', `is ${value.length} characters long; at most ${attribute.maxLength} fit`, { length: value.length, max: attribute.maxLength }));
      }
      if (attribute.regex && !new RegExp(attribute.regex).test(value)) problem(column, value, why('wrong-form', `is not in the expected form (${attribute.regex})`, { pattern: attribute.regex }));
    };
    for (const [name, value] of Object.entries(shared)) check(name, value, record.columns[name] ?? name);
    for (const [locale, fields] of Object.entries(localized)) {
      for (const [name, value] of Object.entries(fields)) {
        const column = record.columns[name] ?? name;
        check(name, value, locale === this.directory.defaultLocale ? column : `${column}__${locale}`);
      }
    }
  }

  /** An external id or p-code another record already holds would fail the write: said before it. */
  private checkUnique(record: ImportRecord, documentId: string, shared: Record<string, unknown>, problem: ProblemAt) {
    for (const name of ['externalId', 'pcode'] as const) {
      const value = shared[name];
      if (typeof value !== 'string' || !value) continue;
      const holder = this.directory.find(record.type, { [name]: value });
      if (holder && holder.documentId !== documentId) {
        const reason = `${JSON.stringify(value)} is already the ${name === 'pcode' ? 'p-code' : 'external id'} of another record (${holder.documentId})`;
        problem(record.columns[name] ?? name, value, why('taken', reason, { identifier: name, holder: holder.documentId }));
      }
    }
  }
}

/** Whether a stored value is the one a file gives; a to-many relation's ids compare as a set. */
const sameValue = (stored: unknown, value: unknown): boolean => JSON.stringify(comparable(stored)) === JSON.stringify(comparable(value));
const comparable = (value: unknown) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value].sort() : (value ?? null));

function merged(existing: StoredDocument | undefined, shared: Record<string, unknown>, localized: Record<string, Record<string, unknown>>): Omit<StoredDocument, 'documentId'> {
  const locales = new Set([...Object.keys(existing?.localized ?? {}), ...Object.keys(localized)]);
  return {
    shared: { ...(existing?.shared ?? {}), ...shared },
    localized: Object.fromEntries([...locales].map((locale) => [locale, { ...(existing?.localized[locale] ?? {}), ...(localized[locale] ?? {}) }])),
    published: existing?.published ?? false,
  };
}

/** Shared values by path (`casualties.killedMin`) as the content rules read them (`casualties: { killedMin }`). */
export function nested(values: Record<string, unknown>): Record<string, any> {
  const entry: Record<string, any> = {};
  for (const [path, value] of Object.entries(values)) {
    const [head, field] = path.split('.');
    if (field === undefined) entry[head] = value;
    else (entry[head] ??= {})[field] = value;
  }
  return entry;
}

const valueAt = (values: Record<string, unknown>, path: string) => values[path] ?? null;

function componentsOf(existing: StoredDocument | undefined): Record<string, Record<string, unknown> | null> {
  if (!existing) return {};
  const components: Record<string, Record<string, unknown>> = {};
  for (const [path, value] of Object.entries(existing.shared)) {
    const [head, field] = path.split('.');
    if (field !== undefined) (components[head] ??= {})[field] = value;
  }
  return components;
}

function labelOf(document: Omit<StoredDocument, 'documentId'>): string {
  for (const fields of Object.values(document.localized)) {
    const label = fields.title ?? fields.name ?? fields.label;
    if (typeof label === 'string' && label) return label;
  }
  return String(document.shared.externalId ?? document.shared.pcode ?? '');
}

const modelName = (strapi: Core.Strapi, uid: string) => String((strapi.getModel(uid as never) as any)?.info?.singularName ?? uid);
