import type { LinkRole } from '../../server/src/constants';
import type { Reasons } from '../../server/src/ranking';

/**
 * The shapes the admin routes answer with (server/src/services/links.ts, suggestions.ts,
 * search.ts). Only the fields the panels read are declared.
 */
export type { LinkRole, Reasons };

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
  /** Absent from search results: the search service does not read it. */
  datePrecision?: DatePrecision | null;
  location: { name: string } | null;
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
