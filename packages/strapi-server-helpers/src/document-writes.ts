import type { Core } from '@strapi/strapi';
import { defaultLocale } from './locales';
import { fullPopulate } from './populate';
import { modelOf, queryOf } from './models';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];
type ServiceContext = Parameters<DocumentMiddleware>[0];

/** A stored row of the document, with its components. */
export type StoredRow = { id: number; documentId: string; locale: string; publishedAt: string | Date | null; [field: string]: any };

/**
 * One Document Service call as the write steps see it: Strapi's context (uid, action, params) and
 * what the steps share about it, so that the document is read once per write however many steps
 * need it.
 */
export type DocumentWrite = ServiceContext & {
  /** The locale written: the one asked for, or the default one. */
  locale(): Promise<string>;
  /** The document's rows before the write, every locale and version, whole (fullPopulate); read on first use, then shared. */
  rowsBefore(): Promise<StoredRow[]>;
};

// The Document Service's results differ by action; steps pass them on untouched.
export type WriteStep = (write: DocumentWrite, next: () => Promise<any>) => Promise<any>;

/** Document Service actions that change something; reads pass straight through. */
export const DOCUMENT_WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'] as const;
const WRITES = new Set<string>(DOCUMENT_WRITES);

/** Whether a step sees a Document Service write, or a plugin's write of its own table (performWrite). */
export const isDocumentWrite = (write: DocumentWrite): boolean => WRITES.has(write.action);

interface Registry {
  steps: Map<string, WriteStep>;
  /** The app's order of the steps' names; until it gives one, steps run in the order they were registered. */
  order: string[] | null;
  suspended: boolean;
  /** Steps left out for a while (a benchmark of one step's cost). */
  skipped: Set<string>;
}
/**
 * Kept on the Strapi instance under a global symbol, not in this module: two copies of this
 * package (an app and a plugin built against different versions, or a test loading sources) must
 * reach one registry.
 */
const REGISTRY = Symbol.for('@syria-cms/strapi-server-helpers.write-steps');
const registryOf = (strapi: Core.Strapi): Registry => {
  const holder = strapi as unknown as Record<symbol, Registry>;
  if (!holder[REGISTRY]) {
    const registry: Registry = (holder[REGISTRY] = { steps: new Map(), order: null, suspended: false, skipped: new Set() });
    // One Document Service middleware for every step, installed with the first of them, so that a
    // plugin's steps run in any app, whether or not the app orders them.
    strapi.documents.use(async (ctx, next) => {
      if (!WRITES.has(ctx.action) || registry.suspended) return next();
      return runSteps(registry, describeWrite(strapi, ctx), next);
    });
  }
  return holder[REGISTRY];
};

const stepsOf = (registry: Registry): WriteStep[] =>
  (registry.order ?? [...registry.steps.keys()]).filter((name) => !registry.skipped.has(name)).map((name) => registry.steps.get(name)!);

function runSteps(registry: Registry, write: DocumentWrite, perform: () => Promise<any>): Promise<any> {
  const steps = stepsOf(registry);
  const run = (index: number): Promise<any> => (index < steps.length ? steps[index](write, () => run(index + 1)) : perform());
  return run(0);
}

/** Plugins and the app register their steps by name, in their register phase. */
export function registerWriteStep(strapi: Core.Strapi, name: string, step: WriteStep): void {
  const { steps } = registryOf(strapi);
  if (steps.has(name)) throw new Error(`Write step "${name}" is registered twice`);
  steps.set(name, step);
}

/**
 * The app's order of every registered step. A step registered but not ordered, or ordered but
 * not registered, is a mistake that would silently change what a write does, so the start fails
 * instead.
 */
export function orderWriteSteps(strapi: Core.Strapi, order: readonly string[]): void {
  const registry = registryOf(strapi);
  const unordered = [...registry.steps.keys()].filter((name) => !order.includes(name));
  const missing = order.filter((name) => !registry.steps.has(name));
  if (unordered.length > 0 || missing.length > 0) {
    throw new Error(`Write steps out of order: not ordered ${JSON.stringify(unordered)}, not registered ${JSON.stringify(missing)}`);
  }
  registry.order = [...order];
}

/**
 * A write that is not a Document Service call (a plugin's own table, such as links) but must
 * pass the same steps as any other: the app's authority rules, its change history. `action`
 * names what is done in the words of the app's rules (for a link: `link`).
 */
export function performWrite<T>(
  strapi: Core.Strapi,
  write: { uid: string; action: string; params: Record<string, unknown> },
  perform: () => Promise<T>
): Promise<T> {
  const registry = registryOf(strapi);
  if (registry.suspended) return perform();
  const ctx = { ...write, contentType: modelOf(strapi, write.uid) } as unknown as ServiceContext;
  return runSteps(registry, describeWrite(strapi, ctx), perform);
}

/** For benchmarks: writes without one step (by name) until the returned function is called. */
export function skipWriteStep(strapi: Core.Strapi, name: string): () => void {
  const registry = registryOf(strapi);
  if (!registry.steps.has(name)) throw new Error(`No write step "${name}"`);
  registry.skipped.add(name);
  return () => {
    registry.skipped.delete(name);
  };
}

/** For benchmarks: plain Strapi writes until the returned function is called. */
export function suspendWriteSteps(strapi: Core.Strapi): () => void {
  const registry = registryOf(strapi);
  registry.suspended = true;
  return () => {
    registry.suspended = false;
  };
}

function describeWrite(strapi: Core.Strapi, ctx: ServiceContext): DocumentWrite {
  const params = ctx.params as { documentId?: string; locale?: unknown };
  let locale: Promise<string> | undefined;
  let rows: Promise<StoredRow[]> | undefined;
  // The context itself, not a copy: steps change params (data) that Strapi then writes.
  return Object.assign(ctx, {
    locale: () =>
      (locale ??= typeof params.locale === 'string' ? Promise.resolve(params.locale) : defaultLocale(strapi)),
    rowsBefore: () => (rows ??= params.documentId ? storedRows(strapi, ctx.uid, params.documentId) : Promise.resolve([])),
  });
}

async function storedRows(strapi: Core.Strapi, uid: string, documentId: string): Promise<StoredRow[]> {
  return queryOf(strapi, uid).findMany({ where: { documentId }, populate: fullPopulate(strapi, uid), orderBy: { id: 'asc' } });
}

/** The row a write edits in a locale: its draft where there are drafts, its only row otherwise. */
export const editableRow = (rows: StoredRow[], locale?: string): StoredRow | undefined =>
  rows.find((row) => (locale === undefined || row.locale === locale) && row.publishedAt === null) ??
  rows.find((row) => locale === undefined || row.locale === locale);
