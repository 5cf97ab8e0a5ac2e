import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../shared/constants';

/** What the app decides, in its config/plugins.ts under `evidence-trail.config`. */
export interface EvidenceTrailConfig {
  /** The content types whose every write is recorded; a plugin's own writes (links) are recorded too. */
  types: string[];
  /** Admin role codes that see the history of the entries they may read (super admins always do). */
  readerRoles: string[];
}

export const trailConfig = (strapi: Core.Strapi): EvidenceTrailConfig => strapi.config.get(`plugin::${PLUGIN_ID}`) as EvidenceTrailConfig;

export default {
  default: { types: [], readerRoles: ['strapi-editor'] } satisfies EvidenceTrailConfig,
  validator(config: EvidenceTrailConfig) {
    if (!Array.isArray(config.types) || config.types.length === 0) throw new Error('evidence-trail config: types must list the content types to record');
  },
};
