import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import type { TestDatabase } from './database';
import { applyTestEnvironment } from './test-env';

/** A Strapi serving HTTP from its own process (tests/helpers/serve-instance.js). */
export interface ServedInstance {
  port: number;
  /** GET of a path sent byte for byte as given (already percent-encoded). */
  get(path: string): Promise<RawResponse>;
  /** Runs Document Service calls in that instance (tests/helpers/document-steps.js); gives their documentIds. */
  run(steps: DocumentStep[]): Promise<string[]>;
  stop(): Promise<void>;
}

export interface DocumentStep {
  uid: string;
  action: string;
  params: Record<string, unknown>;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** The environment of a served instance: the test environment, its database, and `env`. */
function instanceEnvironment(database: TestDatabase, env: Record<string, string>): NodeJS.ProcessEnv {
  const previous = { ...process.env };
  applyTestEnvironment();
  const result = { ...process.env, ...database.env, ...env };
  process.env = previous;
  return result;
}

const REQUEST_TIMEOUT_MS = 30000;

export async function serveInstance(database: TestDatabase, env: Record<string, string> = {}): Promise<ServedInstance> {
  const script = path.join(__dirname, 'serve-instance.js');
  const child: ChildProcess = fork(script, [], { env: instanceEnvironment(database, env), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  // The last lines it printed, for the error when it does not come up.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: any) => resolve(message.port));
    exited.then((code) => reject(new Error(`serve-instance exited with ${code} before listening:\n${output}`)));
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  let runs = 0;

  return {
    port,
    get: (requestPath) =>
      new Promise<RawResponse>((resolve, reject) => {
        // The same Host for every instance, so nothing in a body (a feed's self link) names the port.
        const fail = (error: Error) => reject(new Error(`GET ${requestPath} on port ${port}: ${error.message}\nThe instance's last output:\n${output}`));
        const request = http.request({ host: '127.0.0.1', port, path: requestPath, method: 'GET', agent, headers: { host: 'public-api.test' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on('error', fail);
        });
        // A request that hangs is a finding too, not a test that never ends.
        request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
        request.on('error', fail);
        request.end();
      }),
    run: (steps) =>
      new Promise<string[]>((resolve, reject) => {
        const id = (runs += 1);
        const answer = (message: any) => {
          if (message?.id !== id) return;
          child.off('message', answer);
          if (message.error) reject(new Error(`steps failed in the served instance: ${message.error}`));
          else resolve(message.ids);
        };
        child.on('message', answer);
        child.send({ id, steps });
      }),
    async stop() {
      agent.destroy();
      if (child.exitCode === null && child.signalCode === null) {
        child.send('stop');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
