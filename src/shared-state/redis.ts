import type { Core } from '@strapi/strapi';
import { Redis } from 'ioredis';

export interface SharedStateSettings {
  redis: { url: string; keyPrefix: string };
}

export const sharedStateSettings = (strapi: Core.Strapi) => strapi.config.get('shared-state') as SharedStateSettings;

/**
 * The connection to the Redis that instances share, with what the rest needs to know of it:
 * whether it answers now, and a way to hear when it answers again after an outage.
 */
export interface SharedRedis {
  client: Redis;
  keyPrefix: string;
  isUp(): boolean;
  /** Says that a command failed (a timeout): Redis counts as down until it answers a probe. */
  reportFailure(error: Error): void;
  /** Called each time Redis answers again after it could not be reached. */
  onRecovery(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * Connects to REDIS_URL, or gives undefined when it is not set. Commands never wait in a queue
 * for a connection that is down (`enableOfflineQueue: false`) nor more than half a second for an
 * answer: they fail, and whoever called answers without Redis. An outage is logged once when it
 * starts and once when it ends, not at every reconnection attempt.
 */
export function connectSharedRedis(strapi: Core.Strapi): SharedRedis | undefined {
  const { url, keyPrefix } = sharedStateSettings(strapi).redis;
  if (!url) return undefined;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // A Redis that stalls (overloaded, or a network that drops packets) must not stall requests.
    commandTimeout: 500,
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
  let probe: NodeJS.Timeout | undefined;
  const recoveryListeners: (() => void)[] = [];
  const recovered = () => {
    up = true;
    if (!wasDown) return;
    wasDown = false;
    strapi.log.info(`Redis at ${redacted(url)} answers again: the shared cache and rate limits are back.`);
    for (const listener of recoveryListeners) listener();
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
    strapi.log.warn(
      `Redis at ${redacted(url)} cannot be reached (${reason}): public responses are served uncached and rate limits ` +
        'are counted by each instance alone until it answers again.'
    );
  };
  client.on('ready', recovered);
  client.on('error', (error: Error) => down(error.message));
  client.on('close', () => up && down('connection closed'));
  return {
    client,
    keyPrefix,
    isUp: () => up,
    reportFailure: (error) => down(error.message),
    onRecovery: (listener) => recoveryListeners.push(listener),
    async close() {
      recoveryListeners.length = 0;
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
