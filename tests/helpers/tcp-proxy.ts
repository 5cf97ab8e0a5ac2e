import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A loopback TCP proxy to a server, which a test can take away and bring back on the same port. */
export interface TcpProxy {
  port: number;
  /** Stops accepting and cuts every open connection: they die, and new ones are refused. */
  cut(): Promise<void>;
  /**
   * Cuts every open connection and from now on accepts new ones but never answers them, as a server
   * behind a network that drops packets does (nothing refuses, nothing arrives).
   */
  silence(): Promise<void>;
  /** Works again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A cut connection errors on both sides; that is the point, not a failure of the proxy.
    socket.on('error', () => socket.destroy());
  };
  const destroyAll = () => sockets.forEach((socket) => socket.destroy());

  let silent = false;
  const server = net.createServer((client) => {
    track(client);
    if (silent) return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    destroyAll();
    return closed;
  };

  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    port,
    cut: stop,
    async silence() {
      silent = true;
      destroyAll();
    },
    async restore() {
      silent = false;
      destroyAll();
      if (!server.listening) await listen(port);
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
