import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../shared/constants';

/**
 * What the app decides, set in its config/plugins.ts under `incident-linker.config`. The types
 * must have the fields README.md lists; bootstrap checks them and refuses to start otherwise.
 */
export interface IncidentLinkerConfig {
  /** The content type of news articles (title, summary, body as blocks, dateline). */
  articleType: string;
  /** The content type of incidents (title, date, and a relation to a place). */
  incidentType: string;
  /** The gazetteer (name, aliases, level, pcode, parent): the places suggestions look for in a text. */
  placeType: string;
  /** The incident's relation to its place. */
  placeField: string;
  /** Relations of the incident to vocabularies (key, label, aliases) whose terms suggestions look for in a text. */
  termFields: string[];
  /** The fields of a linked document the content API shows, besides documentId and locale. */
  publicFields: { article: string[]; incident: string[]; place: string[] };
  /** How an article can relate to an incident, and the role of a link made without one (an accepted suggestion). */
  linkRoles: string[];
  defaultLinkRole: string;
  /** Admin role codes that may link and unlink. */
  managerRoles: string[];
  /** Admin role codes that may only see links. */
  readerRoles: string[];
  /** How many days before an article's dateline an incident still counts as recent news. */
  suggestionWindowDays: number;
  maxSuggestions: number;
}

export const linkerConfig = (strapi: Core.Strapi): IncidentLinkerConfig => strapi.config.get(`plugin::${PLUGIN_ID}`) as IncidentLinkerConfig;

const problemsOf = (config: IncidentLinkerConfig): string[] => {
  const problems: string[] = [];
  for (const key of ['articleType', 'incidentType', 'placeType', 'placeField'] as const) {
    if (typeof config[key] !== 'string' || config[key] === '')
      problems.push(`${key} must name ${key === 'placeField' ? 'a relation' : 'a content type uid'}`);
  }
  if (!Array.isArray(config.linkRoles) || config.linkRoles.length === 0) problems.push('linkRoles must list at least one role');
  else if (!config.linkRoles.includes(config.defaultLinkRole)) problems.push(`defaultLinkRole "${config.defaultLinkRole}" is not one of linkRoles`);
  if (!(config.suggestionWindowDays > 0)) problems.push('suggestionWindowDays must be positive');
  if (!(config.maxSuggestions > 0)) problems.push('maxSuggestions must be positive');
  return problems;
};

export default {
  default: {
    placeField: 'location',
    termFields: [],
    publicFields: { article: ['title'], incident: ['title', 'date'], place: ['name'] },
    linkRoles: ['primary-report', 'mentions', 'follow-up', 'analysis'],
    defaultLinkRole: 'mentions',
    managerRoles: ['strapi-editor'],
    readerRoles: [],
    suggestionWindowDays: 14,
    maxSuggestions: 30,
  } satisfies Partial<IncidentLinkerConfig>,
  validator(config: IncidentLinkerConfig) {
    const problems = problemsOf(config);
    if (problems.length > 0) throw new Error(`incident-linker config: ${problems.join('; ')}`);
  },
};
