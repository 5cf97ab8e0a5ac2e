import type { Core } from '@strapi/strapi';
import { foldText, parseAliases } from '@syria-cms/bilingual-text';
import { closest, distance } from 'fastest-levenshtein';
import { INCIDENT, LOCATION, SOURCE, VOCABULARIES } from '../../uids';
import { readStoredDocuments } from './stored-documents';
import { why, type ImportRecord, type RecordKeys, type Reference, type StoredDocument, type Why } from './types';

/** How many rows' incidents are read from the database at once. */
export const PREFETCH_SIZE = 500;

/** A document id, or why there is none (said after the value) and the closest names. */
type Resolution = { documentId: string } | (Why & { suggestions?: string[] });

/**
 * What an import knows while it plans: the gazetteer, the sources and the vocabularies (read
 * whole once: they are small next to the records that point at them), the incidents the file
 * names (read a batch of rows at a time), and every record planned earlier in the file, so that a
 * row may point at a place or source an earlier row creates.
 */
export class ImportDirectory {
  private documents = new Map<string, Map<string, StoredDocument>>();
  private keyIndex = new Map<string, string>();
  private names = new Map<string, Set<string>>();
  /** A folded name as a person wrote it, to suggest it. */
  private spellings = new Map<string, string>();
  private parents = new Map<string, string | null>();
  private suggestionCache = new Map<string, string[]>();

  private constructor(
    private readonly strapi: Core.Strapi,
    readonly defaultLocale: string
  ) {}

  static async load(strapi: Core.Strapi, defaultLocale: string): Promise<ImportDirectory> {
    const directory = new ImportDirectory(strapi, defaultLocale);
    for (const uid of [...VOCABULARIES, LOCATION, SOURCE]) {
      for (const document of await readStoredDocuments(strapi, uid, {})) directory.add(uid, document);
    }
    return directory;
  }

  /** Reads the stored incidents a batch of records names, by document id and external id, in one query. */
  async prefetch(records: ImportRecord[]): Promise<void> {
    const incidents = records.filter((record) => record.type === INCIDENT);
    const documentIds = incidents.map((record) => record.keys.documentId).filter((id): id is string => Boolean(id) && !this.keyIndex.has(keyOf(INCIDENT, 'documentId', id!)));
    const externalIds = incidents.map((record) => record.keys.externalId).filter((id): id is string => Boolean(id) && !this.keyIndex.has(keyOf(INCIDENT, 'externalId', id!)));
    // One query per key, never an $or: Strapi reads an $or with its populates over the whole table
    // (3.6 s and 1 GB for 500 of 1,000 incidents, against 50 ms for the plain $in).
    for (const [key, values] of [['documentId', documentIds], ['externalId', externalIds]] as const) {
      if (values.length === 0) continue;
      for (const document of await readStoredDocuments(this.strapi, INCIDENT, { [key]: { $in: values } })) this.add(INCIDENT, document);
    }
  }

  /** Drops what was read of a type (a batch of incidents, once planned). */
  forget(type: string): void {
    const byId = this.documents.get(type);
    if (!byId) return;
    for (const key of [...this.keyIndex.keys()]) if (key.startsWith(`${type}|`)) this.keyIndex.delete(key);
    this.documents.delete(type);
  }

  /** The stored document a record's keys name, tried in order (document id first). */
  find(type: string, keys: RecordKeys): StoredDocument | undefined {
    for (const [name, value] of Object.entries(keys) as [keyof RecordKeys, string | undefined][]) {
      if (!value) continue;
      const documentId = this.keyIndex.get(keyOf(type, name, value));
      if (documentId) return this.documents.get(type)?.get(documentId);
    }
    return undefined;
  }

  /** Records a document as it will be after the import, so that later rows find it. */
  add(type: string, document: StoredDocument): void {
    const byId = this.documents.get(type) ?? this.documents.set(type, new Map()).get(type)!;
    byId.set(document.documentId, document);
    const shared = document.shared;
    const index = (name: keyof RecordKeys | 'key', value: unknown) => {
      if (typeof value === 'string' && value) this.keyIndex.set(keyOf(type, name, value), document.documentId);
    };
    index('documentId', document.documentId);
    index('externalId', shared.externalId);
    index('pcode', shared.pcode);
    index('url', shared.url);
    for (const fields of Object.values(document.localized)) {
      index('title', fields.title);
      for (const name of [fields.name, fields.label, fields.title, ...parseAliases(fields.aliases as string)]) {
        if (typeof name !== 'string' || !name) continue;
        const folded = `${type}|${foldText(name)}`;
        (this.names.get(folded) ?? this.names.set(folded, new Set()).get(folded)!).add(document.documentId);
        if (!this.spellings.has(folded)) this.spellings.set(folded, name);
      }
    }
    if (type === LOCATION) {
      this.parents.set(document.documentId, (shared.parent as string | null) ?? null);
      for (const fields of Object.values(document.localized)) {
        if (typeof fields.name === 'string') index('name', `${shared.parent ?? ''}|${foldText(fields.name)}`);
      }
    }
    if (VOCABULARIES.includes(type as never)) index('key', shared.key);
    this.suggestionCache.clear();
  }

  resolve(reference: Reference): Resolution {
    switch (reference.$ref) {
      case 'term':
        return this.resolveTerm(reference.uid, reference.value);
      case 'place':
        return this.resolvePlace(reference.value, reference.within ?? []);
      case 'source':
        return this.resolveSource(reference.value);
    }
  }

  private resolveTerm(uid: string, value: string): Resolution {
    const byKey = this.keyIndex.get(keyOf(uid, 'key', value)) ?? this.keyIndex.get(keyOf(uid, 'documentId', value));
    if (byKey) return { documentId: byKey };
    const named = [...(this.names.get(`${uid}|${foldText(value)}`) ?? [])];
    if (named.length === 1) return { documentId: named[0] };
    if (named.length > 1) return why('several-terms', `names ${named.length} terms; use the key`, { count: named.length });
    const keys = [...(this.documents.get(uid)?.values() ?? [])].map((term) => term.shared.key as string);
    return { ...why('unknown-term', 'is not a key, label or alias of any term of this vocabulary'), suggestions: nearest(value, keys, false) };
  }

  private resolvePlace(value: string, within: string[]): Resolution {
    const direct = this.keyIndex.get(keyOf(LOCATION, 'pcode', value)) ?? this.keyIndex.get(keyOf(LOCATION, 'documentId', value));
    if (direct) return { documentId: direct };
    const candidates = [...(this.names.get(`${LOCATION}|${foldText(value)}`) ?? [])];
    if (candidates.length === 1) return { documentId: candidates[0] };
    if (candidates.length > 1) {
      // Several places share the name: the ones inside the places the row also names.
      const wanted = within.filter(Boolean).map(foldText);
      const inside = candidates.filter((id) => this.ancestorsOf(id).some((ancestor) => wanted.some((name) => this.isNamed(ancestor, name))));
      if (inside.length === 1) return { documentId: inside[0] };
      return why('several-places', `names ${candidates.length} places; give its p-code or document id`, { count: candidates.length });
    }
    return { ...why('unknown-place', 'is not a place in the gazetteer'), suggestions: this.nearestPlaces(value) };
  }

  private resolveSource(value: string): Resolution {
    const documentId =
      this.keyIndex.get(keyOf(SOURCE, 'documentId', value)) ?? this.keyIndex.get(keyOf(SOURCE, 'url', value)) ?? this.keyIndex.get(keyOf(SOURCE, 'title', value));
    return documentId ? { documentId } : why('unknown-source', 'is not the document id, URL or title of a source');
  }

  private ancestorsOf(placeId: string): string[] {
    const ancestors: string[] = [];
    for (let parent = this.parents.get(placeId); parent && !ancestors.includes(parent); parent = this.parents.get(parent)) ancestors.push(parent);
    return ancestors;
  }

  private isNamed(placeId: string, folded: string): boolean {
    return this.names.get(`${LOCATION}|${folded}`)?.has(placeId) ?? false;
  }

  /** The gazetteer's closest names to an unknown one, computed once per name however many rows give it. */
  private nearestPlaces(value: string): string[] {
    const cached = this.suggestionCache.get(value);
    if (cached) return cached;
    const names = [...this.names.keys()].filter((key) => key.startsWith(`${LOCATION}|`)).map((key) => key.slice(LOCATION.length + 1));
    const found = nearest(foldText(value), names, true).map((folded) => this.spellings.get(`${LOCATION}|${folded}`) ?? folded);
    this.suggestionCache.set(value, found);
    return found;
  }
}

const keyOf = (type: string, name: string, value: string) => `${type}|${name}|${value}`;

/**
 * Up to three candidates within a third of the word's length in edits, closest first; failing
 * those, the single closest when `always` (a place: the person may know it by another name).
 */
function nearest(value: string, candidates: string[], always: boolean): string[] {
  if (candidates.length === 0) return [];
  const limit = Math.max(2, Math.ceil(value.length / 3));
  const scored = candidates.map((candidate) => ({ candidate, edits: distance(value, candidate) })).filter(({ edits }) => edits <= limit);
  scored.sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate));
  const found = [...new Set(scored.map(({ candidate }) => candidate))].slice(0, 3);
  return found.length > 0 || !always ? found : [closest(value, candidates)];
}
