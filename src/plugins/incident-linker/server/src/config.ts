export interface IncidentLinkerConfig {
  /** Admin role codes that may link and unlink. */
  managerRoles: string[];
  /** Admin role codes that may only see links. */
  readerRoles: string[];
  /** How many days before an article's dateline an incident still counts as recent news. */
  suggestionWindowDays: number;
  maxSuggestions: number;
}

export default {
  default: {
    managerRoles: ['strapi-editor'],
    readerRoles: ['translator'],
    suggestionWindowDays: 14,
    maxSuggestions: 30,
  } satisfies IncidentLinkerConfig,
  validator(config: IncidentLinkerConfig) {
    if (!(config.suggestionWindowDays > 0)) throw new Error('incident-linker: suggestionWindowDays must be positive');
    if (!(config.maxSuggestions > 0)) throw new Error('incident-linker: maxSuggestions must be positive');
  },
};
