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
  /** Called each time Redis answers again after it could not be reached. */
  onRecovery(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * Connects to REDIS_URL, or gives undefined when it is not set. Commands never wait in a queue
 * for a connection that is down (`enableOfflineQueue: false`): they fail at once, and whoever
 * called answers without Redis. An outage is logged once when it starts and once when it ends,
 * not at every reconnection attempt.
 */
export function connectSharedRedis(strapi: Core.Strapi): SharedRedis | undefined {
  const { url, keyPrefix } = sharedStateSettings(strapi).redis;
  if (!url) return undefined;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // Keep trying in the background, at most every 2 s: requests are answered without Redis meanwhile.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let up = false;
  let wasDown = false;
  const recoveryListeners: (() => void)[] = [];
  client.on('ready', () => {
    up = true;
    if (!wasDown) return;
    wasDown = false;
    strapi.log.info(`Redis at ${redacted(url)} answers again: the shared cache and rate limits are back.`);
    for (const listener of recoveryListeners) listener();
  });
  const down = (reason: string) => {
    up = false;
    if (wasDown) return;
    wasDown = true;
    strapi.log.warn(
      `Redis at ${redacted(url)} cannot be reached (${reason}): public responses are served uncached and rate limits ` +
        'are counted by each instance alone until it answers again.'
    );
  };
  client.on('error', (error: Error) => down(error.message));
  client.on('close', () => up && down('connection closed'));
  return {
    client,
    keyPrefix,
    isUp: () => up,
    onRecovery: (listener) => recoveryListeners.push(listener),
    async close() {
      recoveryListeners.length = 0;
      client.removeAllListeners('close');
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** The URL without its password, for logs. */
const redacted = (url: string) => url.replace(/\/\/([^@/]*)@/, '//***@');
