import { fork } from 'node:child_process';
import path from 'node:path';
import type { ScenarioLoadResult } from './scenario-worker';

export type { ScenarioLoadResult };

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  /** Answers by the value of `countHeader`, warm-up included (empty without one). */
  headerValues: Record<string, number>;
  errors: number;
}

export interface LoadOptions {
  /** Request headers per path (same index). */
  headers?: Record<string, string>[];
  /** Every answer must have this status (a revalidation's 304); without it, any 2xx. */
  status?: number;
  /** A response header whose values are counted. */
  countHeader?: string;
}

/** GETs the paths in turn for `seconds` with `connections` concurrent connections, from a child process. */
export function load(base: string, paths: string[], connections: number, seconds: number, warmupSeconds = 2, options: LoadOptions = {}): Promise<LoadResult> {
  const { status, ...sent } = options;
  return inWorker<LoadResult>('load-worker.ts', { base, paths, connections, seconds, warmupSeconds, ...sent }, seconds + warmupSeconds + 30, (result) => {
    const unexpected = status === undefined ? result.non2xx : Object.entries(result.statuses).reduce((n, [code, count]) => (Number(code) === status ? n : n + count), 0);
    return result.errors > 0 || unexpected > 0 ? `load on ${paths[0]}: ${result.errors} errors, ${unexpected} answers other than ${status ?? '2xx'}` : undefined;
  });
}

/**
 * Runs whole scenarios (lists of GETs made one after the other) in turn for `seconds` with
 * `connections` concurrent clients, from a child process; see bench/scenario-worker.ts. A scenario
 * started before the end is finished, so this can take longer than `seconds`: up to `limitSeconds`.
 */
export function scenarioLoad(base: string, scenarios: string[][], connections: number, seconds: number, warmupSeconds = 2, limitSeconds = 600): Promise<ScenarioLoadResult> {
  return inWorker<ScenarioLoadResult>('scenario-worker.ts', { base, scenarios, connections, seconds, warmupSeconds }, limitSeconds, (result) =>
    result.failures.length > 0 ? `scenarios from ${scenarios[0][0].slice(0, 200)}: ${result.failures.join('; ')}` : undefined
  );
}

/** Sends the job to a forked worker and waits for its one answer; `failed` names a bad one. */
function inWorker<T>(file: string, job: object, limitSeconds: number, failed: (result: T) => string | undefined): Promise<T> {
  const worker = fork(path.join(__dirname, file), [], { execArgv: ['-r', path.join(__dirname, 'register.js')] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.kill();
      reject(new Error(`${file}: no answer after ${limitSeconds} s`));
    }, limitSeconds * 1000);
    worker.once('message', (result: T) => {
      clearTimeout(timer);
      const problem = failed(result);
      if (problem) reject(new Error(problem));
      else resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code && reject(new Error(`${file} exited with ${code}`)));
    worker.send(job);
  });
}
