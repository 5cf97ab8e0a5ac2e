import type { Mention } from '@syria-cms/bilingual-text';
import type { Gazetteer } from '@syria-cms/strapi-server-helpers';
import type { Reasons } from '../../shared/contracts';

export type { Gazetteer, Reasons };

/**
 * How likely an article reports an incident, from what the article names (places, weapons,
 * incident types) and when it is dated. Pure: the suggestion service gathers the facts.
 */
export interface Candidate {
  documentId: string;
  date: string | null;
  locationId: string | null;
  /** The vocabulary terms the incident has (its weapons, its type, ...). */
  termIds: string[];
}

export interface Ranked {
  documentId: string;
  score: number;
  reasons: Reasons;
}

export const WEIGHTS = {
  namedPlace: 10,
  /** Added for a place named at the very start of the text, less further on: a lead is the main story. */
  leadPlace: 2,
  insideNamedPlace: 4,
  insideNamedGovernorate: 3,
  recentDate: 6,
  /** The first matching term (a weapon, a type) counts fully, each further one less: three weapons are not three times the evidence. */
  firstWord: 3,
  furtherWord: 1,
};

const DAY = 24 * 3600 * 1000;

function ancestorsOf(gazetteer: Gazetteer, placeId: string): string[] {
  const chain: string[] = [];
  let current = gazetteer.parentOf(placeId);
  while (current && !chain.includes(current) && chain.length < 8) {
    chain.push(current);
    current = gazetteer.parentOf(current);
  }
  return chain;
}

export function rankCandidates(
  candidates: Candidate[],
  facts: { places: Mention[]; words: Mention[]; dateline: Date | null; windowDays: number },
  gazetteer: Gazetteer
): Ranked[] {
  const named = new Map(facts.places.map((mention) => [mention.id, mention]));
  const wordsById = new Map(facts.words.map((mention) => [mention.id, mention]));

  const ranked = candidates.map((candidate): Ranked => {
    const reasons: Reasons = { places: [], dateDistanceDays: null, words: [] };
    let score = 0;

    if (candidate.locationId) {
      const own = named.get(candidate.locationId);
      const ancestors = ancestorsOf(gazetteer, candidate.locationId);
      if (own) {
        score += WEIGHTS.namedPlace + WEIGHTS.leadPlace * (1 - own.position);
        reasons.places.push({ name: own.name, text: own.text, how: 'named' });
      } else {
        const container = ancestors.map((id) => named.get(id)).find(Boolean);
        if (container) {
          score += WEIGHTS.insideNamedPlace;
          reasons.places.push({ name: container.name, text: container.text, how: 'inside-named-place' });
        }
      }
      const governorate = ancestors.find((id) => gazetteer.levelOf(id) === 'governorate' && named.has(id));
      if (governorate && own) {
        score += WEIGHTS.insideNamedGovernorate;
        reasons.governorate = gazetteer.nameOf(governorate);
      }
    }

    if (candidate.date && facts.dateline) {
      const days = Math.floor((facts.dateline.getTime() - Date.parse(`${candidate.date}T00:00:00Z`)) / DAY);
      reasons.dateDistanceDays = days;
      // A report follows its incident; a day's grace covers time zones.
      if (days >= -1 && days <= facts.windowDays) {
        score += WEIGHTS.recentDate * (1 - Math.max(days, 0) / (facts.windowDays + 1));
      }
    }

    for (const id of candidate.termIds) {
      const word = wordsById.get(id);
      if (word) {
        score += reasons.words.length === 0 ? WEIGHTS.firstWord : WEIGHTS.furtherWord;
        reasons.words.push(word.text);
      }
    }
    return { documentId: candidate.documentId, score: Math.round(score * 100) / 100, reasons };
  });

  // A date alone is no reason: many incidents happen in any fortnight.
  return ranked
    .filter((r) => r.reasons.places.length > 0 || r.reasons.words.length > 0)
    .sort((a, b) => b.score - a.score || (a.reasons.dateDistanceDays ?? 1e9) - (b.reasons.dateDistanceDays ?? 1e9));
}
