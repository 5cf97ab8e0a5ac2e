import * as React from 'react';
import { usePluginSettings } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID } from '../../../shared/constants';
import type { LinkerSettings } from '../../../shared/contracts';

/** The app's choices the panels follow (which types they appear on, the link roles); null until read. */
export const useLinkerSettings = () => usePluginSettings<LinkerSettings>(PLUGIN_ID);

const SettingsContext = React.createContext<LinkerSettings | null>(null);

/** Set by a panel, which renders its content only once the settings are read. */
export const LinkerSettingsProvider = SettingsContext.Provider;

export function useSettings(): LinkerSettings {
  const settings = React.useContext(SettingsContext);
  if (!settings) throw new Error('incident-linker: a panel rendered its content before reading the settings');
  return settings;
}
