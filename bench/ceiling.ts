import { fork } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import type { CapturedResponse } from './ceiling-server';

/** Headers Node writes itself for each response and connection. */
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** One GET with the response as sent: status, headers in order, the body's bytes. `headers` are sent with it (If-None-Match: a 304's bytes). */
export function capture(base: string, path: string, headers: Record<string, string> = {}): Promise<CapturedResponse & { bytes: number }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path, headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers: [string, string][] = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            if (!PER_CONNECTION.has(response.rawHeaders[i].toLowerCase())) headers.push([response.rawHeaders[i], response.rawHeaders[i + 1]]);
          }
          resolve({ path, status: response.statusCode ?? 0, headers, body: body.toString('base64'), bytes: body.length });
        });
      })
      .on('error', reject);
  });
}

/** Starts bench/ceiling-server.ts in a child process serving the captured responses; returns its base URL. */
export function serveCaptured(captured: CapturedResponse[]): Promise<{ base: string; close: () => void }> {
  const child = fork(path.join(__dirname, 'ceiling-server.ts'), [], { execArgv: ['-r', path.join(__dirname, 'register.js')] });
  return new Promise((resolve, reject) => {
    child.once('message', ({ port }: { port: number }) => resolve({ base: `http://127.0.0.1:${port}`, close: () => child.disconnect() }));
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`ceiling server exited with ${code}`)));
    child.send(captured);
  });
}
