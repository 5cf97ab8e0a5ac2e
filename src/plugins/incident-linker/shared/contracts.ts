/**
 * The shapes the admin routes answer with (server/src/services/links.ts, suggestions.ts,
 * search.ts, settings.ts), shared by the server that builds them and the panels that read them.
 */

/** One of the link roles the app configured (`linkRoles`). */
export type LinkRole = string;

/** What the panels need of the plugin's config. */
export interface LinkerSettings {
  articleType: string;
  incidentType: string;
  linkRoles: LinkRole[];
  defaultLinkRole: LinkRole;
}

/** Why an incident is suggested for an article (server/src/ranking.ts). */
export interface Reasons {
  /** Places named in the text that locate the incident: its own place, or a place containing it. */
  places: { name: string; text: string; how: 'named' | 'inside-named-place' }[];
  /** A named governorate that contains the incident's place. */
  governorate?: string;
  /** Days from the incident to the dateline; negative when the incident is dated after it. */
  dateDistanceDays: number | null;
  /** Weapon and incident-type words of the text that the incident has. */
  words: string[];
}

/** A document as the server reads it for a locale: `fallback` when it is not translated into it. */
interface Localized {
  documentId: string;
  locale: string;
  fallback: boolean;
  title: string | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'approximate';

export interface IncidentSummary extends Localized {
  date: string | null;
  /** Null where the incident type has no such field. */
  datePrecision: DatePrecision | null;
  verificationStatus: string | null;
  location: { documentId: string; name: string } | null;
}

export interface ArticleSummary extends Localized {
  dateline: string | null;
}

interface Link {
  id: number;
  role: LinkRole;
}

/** `incident` is null only while a deleted incident's links are being removed. */
export interface LinkedIncident extends Link {
  incident: IncidentSummary | null;
}

export interface LinkedArticle extends Link {
  article: ArticleSummary | null;
}

export interface Suggestion {
  reasons: Reasons;
  linked: boolean;
  incident: IncidentSummary;
}
