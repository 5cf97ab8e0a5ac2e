import type { Core } from '@strapi/strapi';
import { type Command, Redis } from 'ioredis';

export interface SharedStateSettings {
  redis: { url: string; keyPrefix: string };
}

export const sharedStateSettings = (strapi: Core.Strapi) => strapi.config.get('shared-state') as SharedStateSettings;

/** Where an outage's start and end are told. */
type Log = Pick<Core.Strapi['log'], 'info' | 'warn'>;

/**
 * The connection to the Redis that instances share, with what the rest needs to know of it:
 * whether it answers now, and a way to hear when its connection is open again after it was lost.
 */
export interface SharedRedis {
  client: Redis;
  keyPrefix: string;
  /**
   * Settles once the first attempt to connect has ended, answered or not. Until then commands fail
   * at once (nothing waits for a connection), which a write's invalidation must not: on SQLite a
   * start keeps the event loop busy, and its own writes (schemas, grants) came before the
   * connection, leaving invalidations to be retried seconds later, after the start.
   */
  opened: Promise<void>;
  isUp(): boolean;
  /** Says that a command failed (a timeout): Redis counts as down until it answers a probe. */
  reportFailure(error: Error): void;
  /**
   * Called each time the connection is open again after it was lost (Redis restarted, or another
   * server took over): what it was sent before may be lost. Not after a stall, whose connection
   * stayed open: Redis goes on with what it was sent.
   */
  onReconnection(listener: () => void): void;
  close(): Promise<void>;
}

/** How long a command may wait for its answer before it fails and Redis counts as down. */
const COMMAND_TIMEOUT_MS = 500;

/**
 * ioredis's own `commandTimeout`, but judged after this process has read what came in. Its timer
 * fires at the start of the event loop's next turn, before sockets are read, so a loop kept busy
 * past the timeout (a synchronous SQLite query, a large response serialised) failed commands whose
 * answer was already waiting, and a healthy Redis counted as down: answers uncached for a second,
 * then an invalidation of every instance's cache. When the time is up the verdict waits for the
 * loop's I/O phase (setImmediate runs right after it); an answer read there settles first.
 */
class RedisTimedOutOnlyByRedis extends Redis {
  sendCommand(command: Command, stream?: Parameters<Redis['sendCommand']>[1]): unknown {
    const sent = super.sendCommand(command, stream);
    if (command.isSettled) return sent;
    const timer = setTimeout(
      () => setImmediate(() => command.isSettled || command.reject(new Error('Command timed out'))),
      COMMAND_TIMEOUT_MS
    );
    const stop = () => clearTimeout(timer);
    command.promise.then(stop, stop);
    return sent;
  }
}

/**
 * Connects to REDIS_URL, or gives undefined when it is not set. Commands never wait in a queue
 * for a connection that is down (`enableOfflineQueue: false`) nor more than half a second for an
 * answer: they fail, and whoever called answers without Redis. An outage is logged once when it
 * starts and once when it ends, not at every reconnection attempt.
 */
export function connectSharedRedis({ url, keyPrefix }: SharedStateSettings['redis'], log: Log): SharedRedis | undefined {
  if (!url) return undefined;
  const client = new RedisTimedOutOnlyByRedis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Requests never wait for a connection being made (no offline queue), so this only bounds a
    // silent network. Generous: the socket's timer has the same flaw as the command timeout's, and
    // a boot that keeps the loop busy must not report a Redis that accepted the connection as down.
    connectTimeout: 10000,
    // No INFO before the first command: on SQLite, whose queries run synchronously, a boot or an
    // import can keep the event loop from reading the socket for seconds, and the ready check's
    // reply then comes after its timeout fires, reporting a healthy Redis as down. A Redis still
    // loading its data answers commands with an error, which counts as a failure like any other.
    enableReadyCheck: false,
    // Keep trying in the background, at most every 2 s: requests are answered without Redis meanwhile.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let up = false;
  let wasDown = false;
  let connectionLost = false;
  let probe: NodeJS.Timeout | undefined;
  const reconnectionListeners: (() => void)[] = [];
  const recovered = () => {
    up = true;
    if (!wasDown) return;
    wasDown = false;
    log.info(`Redis at ${redacted(url)} answers again: the shared cache and rate limits are back.`);
  };
  const reconnected = () => {
    recovered();
    if (!connectionLost) return;
    connectionLost = false;
    for (const listener of reconnectionListeners) listener();
  };
  const lost = (reason: string) => {
    connectionLost = true;
    down(reason);
  };
  // A stalled Redis keeps its connection open, so no event says when it answers again: ask it.
  const probeUntilAnswered = () => {
    if (probe || client.status === 'end') return;
    probe = setTimeout(() => {
      probe = undefined;
      client.ping().then(recovered, probeUntilAnswered);
    }, PROBE_MS).unref();
  };
  const down = (reason: string) => {
    up = false;
    probeUntilAnswered();
    if (wasDown) return;
    wasDown = true;
    log.warn(
      `Redis at ${redacted(url)} cannot be reached (${reason}): public responses are served uncached and rate limits ` +
        'are counted by each instance alone until it answers again.'
    );
  };
  const opened = new Promise<void>((resolve) => {
    client.once('ready', () => resolve());
    client.once('error', () => resolve());
    client.once('end', () => resolve());
  });
  client.on('ready', reconnected);
  client.on('error', (error: Error) => lost(error.message));
  client.on('close', () => lost('connection closed'));
  return {
    client,
    keyPrefix,
    opened,
    isUp: () => up,
    reportFailure: (error) => down(error.message),
    onReconnection: (listener) => reconnectionListeners.push(listener),
    async close() {
      reconnectionListeners.length = 0;
      clearTimeout(probe);
      client.removeAllListeners('close');
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** How often a Redis that stopped answering is asked again. */
const PROBE_MS = 1000;

/** The URL without its password, for logs. */
const redacted = (url: string) => url.replace(/\/\/([^@/]*)@/, '//***@');
