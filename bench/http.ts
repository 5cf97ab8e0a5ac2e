import http from 'node:http';

/**
 * One timed GET from this process: the time to the last byte of the body, parsed. Used for the
 * sequential measurements, where a single client waiting for each answer cannot slow the server.
 */
export async function timedGet(url: string, headers: Record<string, string> = {}) {
  const start = performance.now();
  const response = await get(url, headers);
  const text = await response.text();
  const ms = performance.now() - start;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { ms, status: response.status, body };
}

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const { status, body } = await timedGet(url, headers);
  if (status !== 200) throw new Error(`GET ${url}: ${status} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

/**
 * fetch, retried once when the server closed the kept-alive connection just as it was reused
 * (Node closes connections idle for 5 s): a browser retries such a GET too.
 */
export async function get(url: string, headers: Record<string, string> = {}) {
  try {
    return await fetch(url, { headers });
  } catch (error) {
    if ((error as { cause?: { code?: string } })?.cause?.code !== 'ECONNRESET') throw error;
    return fetch(url, { headers });
  }
}

/**
 * A GET through node:http, headers and bytes as they come. fetch will not do for revalidations:
 * given If-None-Match it adds `Cache-Control: no-cache` (the Fetch standard's rule for conditional
 * requests), and a server must then answer in full, never 304.
 */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
