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
  errors: number;
}

/** GETs the paths in turn for `seconds` with `connections` concurrent connections, from a child process. */
export function load(base: string, paths: string[], connections: number, seconds: number, warmupSeconds = 2): Promise<LoadResult> {
  return inWorker<LoadResult>('load-worker.ts', { base, paths, connections, seconds, warmupSeconds }, seconds + warmupSeconds + 30, (result) =>
    result.errors > 0 || result.non2xx > 0 ? `load on ${paths[0]}: ${result.errors} errors, ${result.non2xx} non-2xx answers` : undefined
  );
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
