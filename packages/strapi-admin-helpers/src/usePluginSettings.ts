import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { pluginRoute } from './requests';

interface Cached {
  loading: Promise<unknown>;
  value?: unknown;
}
// Read once per page: a plugin's settings change only with the app's configuration, which needs a restart.
const cache = new Map<string, Cached>();

/**
 * A plugin's settings from its admin route `GET /<plugin>/settings` (`{ data }`): the app's
 * choices its panels follow. Null until read; every later caller gets them at once.
 */
export function usePluginSettings<Settings>(pluginId: string): Settings | null {
  const { get } = useFetchClient();
  const [settings, setSettings] = React.useState<Settings | null>(() => (cache.get(pluginId)?.value as Settings | undefined) ?? null);
  React.useEffect(() => {
    if (settings) return;
    let mounted = true;
    let entry = cache.get(pluginId);
    if (!entry) {
      const created: Cached = {
        loading: get<{ data: Settings }>(pluginRoute(pluginId, 'settings')).then(
          ({ data }: { data: { data: Settings } }) => (created.value = data.data)
        ),
      };
      cache.set(pluginId, (entry = created));
    }
    entry.loading.then(
      (value) => mounted && setSettings(value as Settings),
      () => cache.delete(pluginId) // an aborted or failed read is tried again by the next caller
    );
    return () => {
      mounted = false;
    };
  }, [get, pluginId, settings]);
  return settings;
}
