/**
 * The ceiling of a measurement (forked by bench/ceiling.ts): a bare Node HTTP server answering
 * each path with the status, headers and body bytes the app sent for it once, from memory. What
 * it serves per second is what this machine, Node's HTTP stack and the load generator allow for
 * those bytes with no work at all behind them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedResponse {
  path: string;
  status: number;
  /** Name and value pairs as the app sent them, without those Node sets per connection. */
  headers: [string, string][];
  body: string; // base64
}

process.once('message', (captured: CapturedResponse[]) => {
  const byPath = new Map(captured.map((c) => [c.path, { ...c, bytes: Buffer.from(c.body, 'base64') }]));
  const server = http.createServer((request, response) => {
    const found = byPath.get(request.url ?? '');
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(found.status, found.headers.flat());
    response.end(found.bytes);
  });
  server.keepAliveTimeout = 60000; // like a load balancer in front of the app: connections are reused
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('disconnect', () => process.exit(0));
});
