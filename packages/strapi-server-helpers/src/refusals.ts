import type { Core } from '@strapi/strapi';

/** A write an app's rules refused: who tried what, where, and why. */
export interface WriteRefusal {
  at: string;
  actor: Record<string, unknown>;
  route: string | null;
  action: string;
  uid: string;
  documentId: string | null;
  locales: unknown;
  fields: unknown;
  reason: string;
}

type Listener = (refusal: WriteRefusal) => void;

// On the Strapi instance, like the write steps: every copy of this package reaches one list.
const LISTENERS = Symbol.for('@syria-cms/strapi-server-helpers.refusal-listeners');
const listenersOf = (strapi: Core.Strapi): Listener[] => ((strapi as unknown as Record<symbol, Listener[]>)[LISTENERS] ??= []);

/** A plugin that keeps refusals (an audit trail) listens here. */
export function onRefusal(strapi: Core.Strapi, listener: Listener): void {
  listenersOf(strapi).push(listener);
}

/**
 * Called by the app's rules when they refuse a write, before the error is thrown. The write's
 * transaction is about to roll back, so listeners must keep the refusal outside it (after it ends).
 */
export function reportRefusal(strapi: Core.Strapi, refusal: WriteRefusal): void {
  for (const listener of listenersOf(strapi)) listener(refusal);
}
