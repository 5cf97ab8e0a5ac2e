import type { Core } from '@strapi/strapi';
import { attributesOf } from '../schema';

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
  /** The document's rows before the write, every locale and version, with their components; read on first use, then shared. */
  rowsBefore(): Promise<StoredRow[]>;
};

// The Document Service's results differ by action; steps pass them on untouched.
export type WriteStep = (write: DocumentWrite, next: () => Promise<any>) => Promise<any>;

/** Document Service actions that change something; reads pass straight through. */
export const DOCUMENT_WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'] as const;
const WRITES = new Set<string>(DOCUMENT_WRITES);

interface Registry {
  steps: Map<string, WriteStep>;
  suspended: boolean;
}
/**
 * Kept on the Strapi instance under a global symbol, not in this module: the app (compiled to
 * dist/) and a test or benchmark (loading src/) hold two copies of this module, and must reach
 * one registry.
 */
const REGISTRY = Symbol.for('syria-documentation-cms.write-steps');
const registryOf = (strapi: Core.Strapi): Registry =>
  ((strapi as unknown as Record<symbol, Registry>)[REGISTRY] ??= { steps: new Map(), suspended: false });

/** Plugins and the app register their steps by name; the app decides their order (installWriteSteps). */
export function registerWriteStep(strapi: Core.Strapi, name: string, step: WriteStep): void {
  const { steps } = registryOf(strapi);
  if (steps.has(name)) throw new Error(`Write step "${name}" is registered twice`);
  steps.set(name, step);
}

/**
 * Installs every registered step as one Document Service middleware, in the order given. A step
 * registered but not ordered, or ordered but not registered, is a mistake that would silently
 * change what a write does, so the start fails instead.
 */
export function installWriteSteps(strapi: Core.Strapi, order: readonly string[]): void {
  const registry = registryOf(strapi);
  const unordered = [...registry.steps.keys()].filter((name) => !order.includes(name));
  const missing = order.filter((name) => !registry.steps.has(name));
  if (unordered.length > 0 || missing.length > 0) {
    throw new Error(`Write steps out of order: not ordered ${JSON.stringify(unordered)}, not registered ${JSON.stringify(missing)}`);
  }
  const steps = order.map((name) => registry.steps.get(name)!);
  strapi.documents.use(async (ctx, next) => {
    if (!WRITES.has(ctx.action) || registry.suspended) return next();
    const write = describeWrite(strapi, ctx);
    const run = (index: number): Promise<any> => (index < steps.length ? steps[index](write, () => run(index + 1)) : next());
    return run(0);
  });
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
      (locale ??= typeof params.locale === 'string' ? Promise.resolve(params.locale) : strapi.plugin('i18n').service('locales').getDefaultLocale()),
    rowsBefore: () => (rows ??= params.documentId ? storedRows(strapi, ctx.uid, params.documentId) : Promise.resolve([])),
  });
}

async function storedRows(strapi: Core.Strapi, uid: string, documentId: string): Promise<StoredRow[]> {
  const attributes = attributesOf(strapi, uid);
  const components = Object.keys(attributes).filter((name) => attributes[name].type === 'component');
  return strapi.db.query(uid as any).findMany({ where: { documentId }, populate: components });
}

/** The row a write edits in a locale: its draft where there are drafts, its only row otherwise. */
export const editableRow = (rows: StoredRow[], locale?: string): StoredRow | undefined =>
  rows.find((row) => (locale === undefined || row.locale === locale) && row.publishedAt === null) ??
  rows.find((row) => locale === undefined || row.locale === locale);
