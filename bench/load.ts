import { fork } from 'node:child_process';
import path from 'node:path';

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
  const worker = fork(path.join(__dirname, 'load-worker.ts'), [], { execArgv: ['-r', path.join(__dirname, 'register.js')] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.kill();
      reject(new Error(`load: no answer after ${seconds + warmupSeconds + 30} s`));
    }, (seconds + warmupSeconds + 30) * 1000);
    worker.once('message', (result: LoadResult) => {
      clearTimeout(timer);
      if (result.errors > 0 || result.non2xx > 0) reject(new Error(`load on ${paths[0]}: ${result.errors} errors, ${result.non2xx} non-2xx answers`));
      else resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code && reject(new Error(`load worker exited with ${code}`)));
    worker.send({ base, paths, connections, seconds, warmupSeconds });
  });
}
