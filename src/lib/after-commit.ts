import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

type Work = () => Promise<unknown>;

/** The work a transaction's writes left for after its commit; a Set, so work queued twice runs once. */
const queued = new AsyncLocalStorage<Set<Work>>();

/**
 * Lets writes leave work for after their commit: the outermost db.transaction(callback) runs the
 * work queued inside it once it has committed, and before it returns to its caller. Strapi's own
 * onCommit callbacks are not awaited: the write would return before them, and a read right after
 * it could find what they were to change (a cache not yet made stale). Run at register, before any
 * transaction opens.
 */
export function runQueuedWorkAfterCommits(strapi: Core.Strapi) {
  const db = strapi.db as any;
  const transaction = db.transaction.bind(db);
  db.transaction = async (callback?: (params: any) => Promise<unknown>) => {
    if (!callback || db.inTransaction()) return transaction(callback);
    const work = new Set<Work>();
    const result = await queued.run(work, () => transaction(callback));
    for (const job of work) await job();
    return result;
  };
}

/**
 * Runs `work` once what is being written is committed, before the write returns: at once outside
 * a transaction; after the outermost transaction's commit inside one (nothing runs on a rollback).
 * In a transaction not opened through db.transaction(callback), which Strapi opens for no content
 * write, it runs both at once and after the commit: work that makes what was read stale must not
 * wait for a commit nobody awaits, nor only precede it.
 */
export async function afterCommit(strapi: Core.Strapi, work: Work) {
  const db = strapi.db as any;
  if (!db.inTransaction()) {
    await work();
    return;
  }
  const pending = queued.getStore();
  if (pending) {
    pending.add(work);
    return;
  }
  await work();
  db.transaction(({ onCommit }: any) => onCommit(work));
}
