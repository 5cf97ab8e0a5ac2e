import type { AddressInfo } from 'node:net';
import type { TestApp } from './strapi';

/** Makes a booted test Strapi listen on a free loopback port; returns its base URL. */
export async function listen(app: TestApp): Promise<string> {
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
