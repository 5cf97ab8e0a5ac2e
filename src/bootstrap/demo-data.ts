import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { documentsOf, queryOf } from '@syria-cms/strapi-server-helpers';
import { ACTOR, ARTICLE, INCIDENT, INCIDENT_TYPE, LOCATION, SOURCE, TARGET_TYPE, WEAPON } from '../uids';

/**
 * Loads the demo content of data/demo/ (built from the seed article of 10 April 2017) in English and
 * Arabic. Each record is looked up by its natural key (a vocabulary key, an English name or title)
 * and created only when missing, so loading twice changes nothing.
 */
type Localized<T = string> = { en: T; ar: T };
type Documents = ReturnType<Core.Strapi['documents']>;

const VOCABULARY_FILES: Record<string, string> = {
  weapons: WEAPON,
  incidentTypes: INCIDENT_TYPE,
  actors: ACTOR,
  targetTypes: TARGET_TYPE,
};

export interface DemoLoadReport {
  created: Record<string, number>;
}

export async function loadDemoData(strapi: Core.Strapi): Promise<DemoLoadReport> {
  const dir = path.join(strapi.dirs.app.root, 'data', 'demo');
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const created: Record<string, number> = {};
  const count = (uid: string) => (created[uid] = (created[uid] ?? 0) + 1);

  /** Creates the English entry, then the Arabic localization of the same document. */
  const ensureDocument = async (
    uid: string,
    where: Record<string, unknown>,
    shared: Record<string, unknown>,
    localized: Localized<Record<string, unknown>>
  ): Promise<string> => {
    const existing = await queryOf(strapi, uid).findOne({ where: { ...where, locale: 'en' }, select: ['documentId'] });
    if (existing) return existing.documentId;
    const documents = documentsOf(strapi, uid) as Documents;
    const english = await documents.create({ locale: 'en', data: { ...shared, ...localized.en } } as any);
    await documents.update({ documentId: english.documentId, locale: 'ar', data: localized.ar } as any);
    count(uid);
    return english.documentId;
  };

  const vocabularies = read('vocabularies.json');
  const terms = new Map<string, string>();
  for (const [file, uid] of Object.entries(VOCABULARY_FILES)) {
    for (const term of vocabularies[file]) {
      const fields = (lang: 'en' | 'ar') => ({
        label: term.label[lang],
        aliases: term.aliases?.[lang]?.join('\n') || null,
        description: term.description?.[lang] ?? null,
      });
      terms.set(term.key, await ensureDocument(uid, { key: term.key }, { key: term.key }, { en: fields('en'), ar: fields('ar') }));
    }
  }

  const places = new Map<string, string>();
  for (const place of read('locations.json')) {
    const fields = (lang: 'en' | 'ar') => ({ name: place.name[lang], aliases: place.aliases[lang].join('\n') || null });
    const shared = {
      level: place.level,
      pcode: place.pcode ?? null,
      latitude: place.latitude,
      longitude: place.longitude,
      coordinatesApproximate: place.coordinatesApproximate,
      parent: place.parent ? places.get(place.parent) : null,
    };
    places.set(place.name.en, await ensureDocument(LOCATION, { name: place.name.en }, shared, { en: fields('en'), ar: fields('ar') }));
  }

  const sources = new Map<string, string>();
  for (const source of read('sources.json')) {
    const { key, title, ...shared } = source;
    sources.set(key, await ensureDocument(SOURCE, { title: title.en }, shared, { en: { title: title.en }, ar: { title: title.ar } }));
  }

  const incidents = new Map<string, string>();
  for (const incident of read('incidents.json')) {
    const shared = {
      date: incident.date,
      datePrecision: incident.datePrecision,
      incidentType: terms.get(incident.incidentType),
      weapons: incident.weapons.map((key: string) => terms.get(key)),
      targets: incident.targets.map((key: string) => terms.get(key)),
      perpetrators: incident.perpetrators.map((p: { actor: string; certainty: string }) => ({ actor: terms.get(p.actor), certainty: p.certainty })),
      casualties: incident.casualties,
      location: places.get(incident.location),
      locationPrecision: incident.locationPrecision,
      sources: incident.sources.map((key: string) => sources.get(key)),
      verificationStatus: incident.verificationStatus,
    };
    const fields = (lang: 'en' | 'ar') => ({ title: incident.title[lang], description: incident.description[lang] });
    const documentId = await ensureDocument(INCIDENT, { title: incident.title.en }, shared, { en: fields('en'), ar: fields('ar') });
    incidents.set(incident.title.en, documentId);
    await publishIfNeverPublished(strapi, INCIDENT, documentId);
  }

  for (const article of read('articles.json')) {
    const shared = {
      dateline: article.dateline,
      section: article.section,
      locations: article.locations.map((name: string) => places.get(name)),
      sources: article.sources.map((key: string) => sources.get(key)),
    };
    const fields = (lang: 'en' | 'ar') => ({
      title: article.title[lang],
      summary: article.summary[lang],
      body: article.body[lang].map((text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    });
    const documentId = await ensureDocument(ARTICLE, { title: article.title.en }, shared, { en: fields('en'), ar: fields('ar') });
    if (article.publish) await publishIfNeverPublished(strapi, ARTICLE, documentId);
    // The incidents it reports, through the linker, so that linking passes the write steps as an
    // editor's would; linking an already linked pair changes nothing.
    for (const { incident, role } of article.incidents) {
      const incidentId = incidents.get(incident);
      if (!incidentId) throw new Error(`data/demo/articles.json links an incident not in incidents.json: ${incident}`);
      const { created: linked } = await strapi.plugin('incident-linker').service('links').link({ article: documentId, incident: incidentId, role });
      if (linked) count('plugin::incident-linker.link');
    }
  }

  return { created };
}

async function publishIfNeverPublished(strapi: Core.Strapi, uid: string, documentId: string) {
  const published = await queryOf(strapi, uid).count({ where: { documentId, publishedAt: { $notNull: true } } });
  if (published === 0) await documentsOf(strapi, uid).publish({ documentId, locale: '*' } as any);
}

/** True when the database holds no article yet: the demo is loaded only into an empty project. */
export async function isEmptyProject(strapi: Core.Strapi): Promise<boolean> {
  return (await strapi.db.query(ARTICLE).count({})) === 0;
}
