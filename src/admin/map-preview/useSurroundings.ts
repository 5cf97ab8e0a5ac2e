import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { RelationChoice } from './checks';
import {
  findPlace,
  governorateAbove,
  placesUnder,
  savedParentOfPlace,
  savedPlaceOfIncident,
  type GazetteerPlace,
} from './gazetteer-api';

/** What the map needs from the server: the incident's place, the governorate and its places. */
export interface Surroundings {
  /** An incident's place (null: none linked); undefined for a location, whose point is the form's. */
  place?: GazetteerPlace | null;
  /** The governorate the place is in; 'self' when the place is one; null when none is above it. */
  governorate: GazetteerPlace | 'self' | null;
  /** Every place under that governorate (the entry itself included: the caller leaves it out). */
  places: GazetteerPlace[];
}

export interface SurroundingsState {
  data?: Surroundings;
  error?: unknown;
  isLoading: boolean;
}

interface Request {
  kind: 'location' | 'incident';
  documentId?: string;
  /** The form's value of the location's parent, or of the incident's place. */
  choice: RelationChoice;
  /** For a location: whether the form says it is a governorate. */
  isGovernorate: boolean;
  locale: string;
  /** Changes on every save, so that the saved relation is read again. */
  version?: string;
}

const DEFAULT_LOCALE = 'en';

async function loadSurroundings(client: ReturnType<typeof useFetchClient>, request: Request): Promise<Surroundings> {
  const { kind, documentId, choice, isGovernorate, locale } = request;
  // Names in the entry's language first; a place not yet translated shows under its other name.
  const locales = [...new Set([locale, DEFAULT_LOCALE])];
  const chosenId = async (saved: (id: string) => Promise<string | null>) => {
    if (choice.kind === 'chosen') return choice.documentId;
    if (choice.kind === 'none' || !documentId) return null;
    return saved(documentId);
  };

  if (kind === 'location') {
    if (isGovernorate) {
      return { governorate: 'self', places: documentId ? await placesUnder(client, documentId, locales) : [] };
    }
    const parentId = await chosenId((id) => savedParentOfPlace(client, id, locales));
    const parent = parentId ? await findPlace(client, parentId, locales) : null;
    const governorate = await governorateAbove(client, parent, locales);
    return { governorate, places: governorate ? await placesUnder(client, governorate.documentId, locales) : [] };
  }

  const placeId = await chosenId((id) => savedPlaceOfIncident(client, id, locales));
  const place = placeId ? await findPlace(client, placeId, locales) : null;
  if (!place) return { place: null, governorate: null, places: [] };
  if (place.level === 'governorate') {
    return { place, governorate: 'self', places: await placesUnder(client, place.documentId, locales) };
  }
  const governorate = await governorateAbove(client, place, locales);
  return { place, governorate, places: governorate ? await placesUnder(client, governorate.documentId, locales) : [] };
}

/** Reads the surroundings again whenever the relation, the level, the language or the saved version changes. */
export function useSurroundings(request: Request): SurroundingsState {
  const client = useFetchClient();
  const [state, setState] = React.useState<SurroundingsState>({ isLoading: true });
  const latest = React.useRef(0);
  const { kind, documentId, choice, isGovernorate, locale, version } = request;
  const choiceKey = choice.kind === 'chosen' ? `chosen:${choice.documentId}` : choice.kind;

  React.useEffect(() => {
    const call = ++latest.current;
    setState((previous) => ({ ...previous, isLoading: true }));
    loadSurroundings(client, { kind, documentId, choice, isGovernorate, locale }).then(
      (data) => call === latest.current && setState({ data, isLoading: false }),
      (error) => call === latest.current && setState({ error, isLoading: false }),
    );
    // `choice` is read through its key: the form hands a new object on every change of any field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, kind, documentId, choiceKey, isGovernorate, locale, version]);

  return state;
}
