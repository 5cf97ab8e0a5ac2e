import type { Core } from '@strapi/strapi';

/**
 * config/data-exchange.ts: the tables an editor maintains to bring other datasets' words into this
 * CMS's vocabularies. A dataset's value not in a table is looked up among the vocabulary's keys,
 * labels and aliases (in either language), so adding an alias to a term in the admin panel is the
 * other way to teach the import a word.
 */
/** Another spreadsheet's layout, declared by naming a native mapping's column for each of its columns. */
export interface ConfiguredMapping {
  name: string;
  label: string;
  description: string;
  /** A native mapping: native-incidents, native-locations or native-sources. */
  base: string;
  /** The file's column name → the native column it holds. */
  columns: Record<string, string>;
}

export interface DataExchangeSettings {
  /** Layouts added by configuration, read as the native mapping they are based on. */
  mappings: ConfiguredMapping[];
  acled: {
    /** ACLED event types whose rows are left out (not violations this CMS documents). */
    skipEventTypes: string[];
    /** sub_event_type (or event_type) → incident type key. */
    incidentTypes: Record<string, string>;
    /** sub_event_type → weapon keys it implies. */
    weapons: Record<string, string[]>;
    /** actor1 / assoc_actor_1 names → actor key. */
    actors: Record<string, string>;
    /** The kind of a source an ACLED row names that the CMS does not have yet. */
    newSourceKind: string;
  };
  casualtyTable: {
    /** Belligerent names → actor key. */
    actors: Record<string, string>;
  };
  gazetteer: {
    /** The level a new community (OCHA admin4) gets; an existing place keeps its own. */
    communityLevel: string;
  };
}

export const dataExchangeSettings = (strapi: Core.Strapi): DataExchangeSettings => strapi.config.get('data-exchange') as DataExchangeSettings;
