import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { connectRaw, copyTestDatabase, createTestDatabase, type RawConnection, type TestDatabase } from './database';
import { createArticle, createIncident, createSource } from './fixtures';
import type { Knowledge } from './public-query-arbitraries';
import { startStrapi } from './strapi';

/**
 * Two databases that differ only in what a public reader must never see, for black-box tests of
 * the public API: ask both the same thing; any difference in the answers is a leak.
 *
 * A: the demo content, plus fixtures carrying withheld data, written through the Document Service:
 * confidential sources cited by published articles and incidents, contact notes of open sources,
 * drafts of published documents edited and not republished, never-published documents (one an
 * Arabic-only draft translation of a published English article), incident links with notes and
 * links to never-published documents, and the admin user who wrote it all.
 *
 * B: a copy of A whose withheld data is rewritten with plain SQL (so no id or timestamp of a public
 * row moves): every confidential source's title, url, publisher, dates, contact notes and digest;
 * every contact note; every draft row of articles and incidents (texts, slug, section, dateline or
 * date, verification, search text) and its casualty and perpetrator components; link notes; the
 * admin user; the archived copy's file. The fixtures' withheld texts start with "A" (English) or
 * "ب" (Arabic), B's with "Z" or "ي", so they also sort the other way round against public texts;
 * B's draft figures are A's + 1000 and its enumerations the next value. B also has rows A lacks:
 * Arabic drafts of documents published in English only, a never-published article, links to
 * never-published documents.
 */

const ARTICLE = 'api::article.article';
const INCIDENT = 'api::incident.incident';

export interface WithheldFixtures {
  confidentialSources: string[];
  openSources: string[];
  publishedArticles: string[];
  publishedIncidents: string[];
  neverPublishedArticles: string[];
  neverPublishedIncidents: string[];
  /** A published English article whose Arabic translation is a draft only. */
  englishOnlyArticle: string;
}

/** Builds database A: boots Strapi on a fresh database, loads the demo and the fixtures, stops. */
export async function buildDatabaseA(): Promise<{ database: TestDatabase; fixtures: WithheldFixtures }> {
  const database = await createTestDatabase();
  try {
    const app = await startStrapi({ database });
    try {
      await loadDemoData(app.strapi);
      const fixtures = await addWithheldFixtures(app.strapi);
      return { database, fixtures };
    } finally {
      await app.stop();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
}

const documentIdWhere = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) =>
  (await strapi.db.query(uid as any).findOne({ where: { ...where, locale: 'en' }, select: ['documentId'] }))!.documentId as string;

async function addWithheldFixtures(strapi: Core.Strapi): Promise<WithheldFixtures> {
  const actor = (key: string) => documentIdWhere(strapi, 'api::actor.actor', { key });
  const weapon = (key: string) => documentIdWhere(strapi, 'api::weapon.weapon', { key });
  const place = (name: string) => documentIdWhere(strapi, 'api::location.location', { name });
  const demoArticle = await documentIdWhere(strapi, ARTICLE, { publishedAt: { $notNull: true } });
  const demoKhanSheikhoun = await documentIdWhere(strapi, INCIDENT, { title: 'Chemical weapons attack on Khan Sheikoun' });

  // An archived copy: a file the server hashes (its SHA-256 is withheld with the rest).
  const name = `abu_khaled_testimony_${process.pid}_${Date.now()}`;
  const file = path.join(strapi.dirs.static.public, 'uploads', `${name}.pdf`);
  fs.writeFileSync(file, 'Testimony of Abu Khaled, Saraqib, 6 April 2017');
  const archive = await strapi.db.query('plugin::upload.file').create({
    data: { name: 'abu-khaled-testimony.pdf', hash: name, ext: '.pdf', mime: 'application/pdf', size: 1, url: `/uploads/${name}.pdf`, provider: 'local' },
  });
  const abuKhaled = await createSource(
    strapi,
    {
      title: 'Abu Khaled, eyewitness in Saraqib',
      kind: 'eyewitness',
      url: 'https://t.me/abu-khaled-saraqib',
      publisher: 'Aleppo Media Office',
      publishedDate: '2017-04-06',
      accessedDate: '2017-04-11',
      reliability: 'usually-reliable',
      confidential: true,
      contactNotes: 'Abu Khaled via Signal +963 944 123 456; ask for Umm Ahmad at the bakery',
      archivedCopy: archive.id,
    },
    { title: 'بشير أبو خالد، شاهد عيان في سراقب' }
  ).finally(() => fs.rmSync(file, { force: true }));
  const nurse = await createSource(
    strapi,
    {
      title: 'Anonymous nurse at Al-Rahma hospital',
      kind: 'social-media',
      url: 'https://drive.example.org/al-rahma-nurse',
      publisher: 'Al-Rahma hospital staff',
      publishedDate: '2017-04-04',
      accessedDate: '2017-04-05',
      reliability: 'fairly-reliable',
      confidential: true,
      contactNotes: 'Nurse reached through the hospital director; never name her',
    },
    { title: 'بلسم، ممرضة في مستشفى الرحمة' }
  );
  const footage = await createSource(strapi, {
    title: 'Amateur footage from Khan Sheikhoun',
    kind: 'imagery',
    url: 'https://video.example.org/watch?v=abcdefghijk',
    publisher: 'Anonymous uploader',
    publishedDate: '2017-04-04',
    reliability: 'cannot-be-judged',
    confidential: true,
    contactNotes: 'Filmed by Ahmad; the field coordinator has the raw files',
  });
  const monitoring = await createSource(
    strapi,
    {
      title: 'Monitoring report on the April 2017 airstrikes',
      kind: 'ngo-report',
      url: 'https://example.org/monitoring-april-2017',
      publisher: 'Syrian Monitoring Network',
      publishedDate: '2017-04-12',
      reliability: 'usually-reliable',
      contactNotes: 'Press officer Abu Omar, +90 555 010 2030',
    },
    { title: 'تقرير رصد غارات نيسان 2017' }
  );
  const hospital = await createSource(
    strapi,
    {
      title: 'Hospital statement on Khan Sheikhoun',
      kind: 'official-statement',
      url: 'https://example.org/hospital-statement',
      publisher: 'Idlib Health Directorate',
      publishedDate: '2017-04-05',
      contactNotes: 'Director Dr. Anwar Hamdan, direct line +963 23 555 0000',
    },
    { title: 'مديرية صحة إدلب: بيان عن خان شيخون' }
  );

  const articles = strapi.documents(ARTICLE as any);
  const incidents = strapi.documents(INCIDENT as any);

  // Published, then its draft edited and not republished.
  const medics = await createArticle(
    strapi,
    {
      title: 'Medics describe the Saraqib strikes',
      summary: 'Doctors in Saraqib recount the night of 6 April.',
      section: 'reports',
      dateline: '2017-04-07T09:00:00.000Z',
      sources: [abuKhaled.documentId, nurse.documentId, monitoring.documentId],
      locations: [await place('Saraqib')],
    },
    { publish: true, arabic: { title: 'مسعفون يصفون غارات سراقب', summary: 'أطباء في سراقب يروون ليلة 6 نيسان.' } }
  );
  await articles.update({
    documentId: medics.documentId,
    locale: 'en',
    data: { title: 'Abu Khaled names the pilots of the Saraqib strikes', summary: 'Draft: Abu Khaled says the pilots flew from Hmeimim', section: 'analysis' },
  } as any);
  await articles.update({ documentId: medics.documentId, locale: 'ar', data: { title: 'بالأسماء: طيارو غارات سراقب', summary: 'بحسب أبو خالد أقلعت الطائرات من حميميم' } } as any);

  // Published in English only; its Arabic translation is a draft.
  const statement = await createArticle(
    strapi,
    { title: 'Statement on the Khan Sheikhoun chemical attack', summary: 'The Coalition condemns the attack.', section: 'statements', sources: [footage.documentId, hospital.documentId] },
    { publish: true }
  );
  await articles.update({ documentId: statement.documentId, locale: 'ar', data: { title: 'بيان مسودة عن هجوم خان شيخون الكيميائي', summary: 'بانتظار المراجعة' } } as any);

  // Published in English only, with no Arabic row at all (B alone gets an Arabic draft of it).
  const interview = await createArticle(
    strapi,
    { title: 'Interview with a Saraqib doctor', summary: 'A surgeon on the night of the strikes.', section: 'reports', sources: [monitoring.documentId] },
    { publish: true }
  );

  // Never published.
  const lataminah = await createArticle(
    strapi,
    { title: 'Aftermath in Lataminah: draft naming the nurse', summary: 'Al-Rahma nurse account, unverified', section: 'press-releases', sources: [nurse.documentId] },
    { arabic: { title: 'بعد الغارات على اللطامنة: مسودة', summary: 'شهادة ممرضة الرحمة' } }
  );
  const depot = await createArticle(strapi, { title: 'Ammunition depot near Hama, unconfirmed', summary: 'Awaiting a second source', section: 'analysis' });

  const saraqibMarket = await createIncident(
    strapi,
    {
      title: 'Airstrike on Saraqib market',
      description: 'An airstrike hit the covered market of Saraqib at noon.',
      date: '2017-04-06',
      casualties: { killedMin: 12, killedMax: 15, injuredMin: 30, injuredMax: 40, notes: 'hospital figures' },
      perpetrators: [{ actor: await actor('russian-armed-forces'), certainty: 'alleged' }],
      weapons: [await weapon('cluster-munitions')],
      location: await place('Saraqib'),
      sources: [abuKhaled.documentId, monitoring.documentId],
      verificationStatus: 'corroborated',
    },
    { publish: true, arabic: { title: 'غارة على سوق سراقب', description: 'أصابت غارة السوق المسقوف في سراقب ظهراً.' } }
  );
  await incidents.update({
    documentId: saraqibMarket.documentId,
    locale: 'en',
    data: {
      title: 'Abu Khaled: barrel bombs on Saraqib market',
      description: 'Draft: according to Abu Khaled, helicopters dropped barrel bombs.',
      casualties: { killedMin: 31, killedMax: 37, injuredMin: 52, injuredMax: 60, childrenKilled: 9, notes: 'Abu Khaled count' },
      perpetrators: [{ actor: await actor('syrian-government-forces'), certainty: 'confirmed' }],
    },
  } as any);
  await incidents.update({ documentId: saraqibMarket.documentId, locale: 'ar', data: { title: 'براميل متفجرة على سوق سراقب', description: 'مسودة: بحسب أبو خالد' } } as any);

  const school = await createIncident(
    strapi,
    {
      title: 'Shelling of a school in Kafarzeita',
      description: 'Artillery shells hit a primary school.',
      date: '2017-04-05',
      casualties: { killedMin: 3, killedMax: 3, childrenKilled: 2 },
      perpetrators: [{ actor: await actor('syrian-government-forces'), certainty: 'alleged' }],
      location: await place('Kafarzeita'),
      sources: [nurse.documentId],
    },
    { publish: true }
  );
  await incidents.update({
    documentId: school.documentId,
    locale: 'en',
    data: { title: 'Artillery massacre at the Kafarzeita school', casualties: { killedMin: 7, killedMax: 9, childrenKilled: 5 }, perpetrators: [{ actor: await actor('syrian-government-forces'), certainty: 'suspected' }] },
  } as any);

  const chlorine = await createIncident(
    strapi,
    {
      title: 'Alleged chlorine attack on Al-Habeet',
      description: 'Unverified: two barrels released a yellow gas.',
      date: '2017-04-03',
      casualties: { killedMin: 55, killedMax: 60, injuredMin: 120 },
      perpetrators: [{ actor: await actor('syrian-government-forces'), certainty: 'contested' }],
      location: await place('Khan Sheikhoun'),
      sources: [abuKhaled.documentId, footage.documentId],
    },
    { arabic: { title: 'بلاغ عن هجوم بالكلور على الهبيط', description: 'غير مؤكد: برميلان أطلقا غازاً أصفر.' } }
  );
  const drone = await createIncident(strapi, { title: 'Armed drone strike near Maardes', date: '2017-04-02', casualties: { killedMin: 4 }, location: await place('Maardes') });

  const links = strapi.plugin('incident-linker').service('links');
  await links.link({ article: medics.documentId, incident: saraqibMarket.documentId, role: 'primary-report', note: 'Abu Khaled confirmed the time by phone' });
  await links.link({ article: medics.documentId, incident: chlorine.documentId, role: 'mentions', note: 'Awaiting Abu Khaled' });
  await links.link({ article: demoArticle, incident: drone.documentId, role: 'follow-up', note: 'Ask the nurse' });
  await links.link({ article: lataminah.documentId, incident: saraqibMarket.documentId, role: 'analysis', note: 'Another draft' });
  await links.link({ article: statement.documentId, incident: demoKhanSheikhoun, role: 'mentions', note: 'Anwar Hamdan numbers' });

  // The editor who wrote everything: admin users are not public either.
  const editor = await strapi.db.query('admin::user').create({
    data: { firstname: 'Amal', lastname: 'Archivist', username: 'amal', email: 'amal.archivist@example.org', isActive: true, blocked: false },
  });
  for (const table of ['articles', 'incidents', 'sources', 'locations']) {
    await strapi.db.connection(table).update({ created_by_id: editor.id, updated_by_id: editor.id });
  }

  return {
    confidentialSources: [abuKhaled.documentId, nurse.documentId, footage.documentId],
    openSources: [monitoring.documentId, hospital.documentId],
    publishedArticles: [demoArticle, medics.documentId, statement.documentId, interview.documentId],
    publishedIncidents: [saraqibMarket.documentId, school.documentId, demoKhanSheikhoun],
    neverPublishedArticles: [lataminah.documentId, depot.documentId],
    neverPublishedIncidents: [chlorine.documentId, drone.documentId],
    englishOnlyArticle: statement.documentId,
  };
}

/** Makes B from A: a copy, its withheld data rewritten (or, with `identical`, written back unchanged). */
export async function copyWithRewrittenWithheldData(a: TestDatabase, { identical }: { identical: boolean }): Promise<{ database: TestDatabase; summary: Record<string, number> }> {
  const database = await copyTestDatabase(a);
  try {
    const raw = await connectRaw(database);
    try {
      const summary = await rewriteWithheldData(raw, identical);
      await normalizeStorage(raw, REWRITTEN_TABLES);
      return { database, summary };
    } finally {
      await raw.close();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/**
 * PostgreSQL writes an updated row elsewhere in its table, so an unsorted scan (or a sort with ties)
 * would list the rewritten rows of B in another order than A's, whatever their values. Both
 * databases get their tables stored in id order and freshly analysed, so only values differ.
 */
export async function normalizeStorage(raw: RawConnection, tables: readonly string[] = REWRITTEN_TABLES) {
  if (raw.client !== 'postgres') return;
  for (const table of tables) {
    await raw.query(`CLUSTER ${table} USING ${table}_pkey`);
  }
  await raw.query('ANALYZE');
}

export const REWRITTEN_TABLES = [
  'sources',
  'articles',
  'incidents',
  'components_incident_casualties',
  'components_incident_perpetrator_attributions',
  'incident_links',
  'admin_users',
  'files',
] as const;

export async function normalizeStorageOf(database: TestDatabase) {
  const raw = await connectRaw(database);
  try {
    await normalizeStorage(raw);
  } finally {
    await raw.close();
  }
}

const SECTIONS = ['coalition-news', 'statements', 'reports', 'press-releases', 'analysis'];
const VERIFICATION = ['reported', 'corroborated', 'verified', 'disputed', 'retracted'];
const CERTAINTY = ['alleged', 'suspected', 'confirmed', 'contested'];
const next = (values: string[], value: string | null) => values[(values.indexOf(value ?? values[0]) + 1) % values.length];
const TEN_YEARS = 10 * 365 * 24 * 3600 * 1000;
const earlier = (value: unknown) => {
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : new Date(String(value)).getTime();
  return typeof value === 'number' ? time - TEN_YEARS : new Date(time - TEN_YEARS).toISOString();
};

/** B's text in place of a withheld text of A: Z… in English, ي… in Arabic, naming where it is. */
const zText = (locale: string | null, what: string, id: number) =>
  locale === 'ar' ? `يمامة زيزفون ${what} ${id}` : `Zephyr quokka ${what} ${id}`;

async function rewriteWithheldData(raw: RawConnection, identical: boolean): Promise<Record<string, number>> {
  const summary: Record<string, number> = {};
  /** UPDATE table SET … WHERE id: B's values, or (identical) each column set to itself. */
  const update = async (table: string, id: number, values: Record<string, unknown>) => {
    const columns = Object.keys(values);
    const set = columns.map((column) => (identical ? `${column} = ${column}` : `${column} = ?`)).join(', ');
    await raw.query(`UPDATE ${table} SET ${set} WHERE id = ?`, identical ? [id] : [...columns.map((column) => values[column]), id]);
    summary[table] = (summary[table] ?? 0) + 1;
  };

  for (const row of await raw.query(`SELECT id, locale, confidential FROM sources ORDER BY id`)) {
    if (row.confidential === true || row.confidential === 1) {
      await update('sources', row.id, {
        title: zText(row.locale, 'source title', row.id),
        url: `https://zz.example.net/withheld/${row.id}`,
        publisher: `Zygote Press ${row.id}`,
        published_date: '1999-09-09',
        accessed_date: '1999-10-10',
        contact_notes: `Zora Yilmaz via Threema ${9000 + row.id}`,
        archived_copy_sha_256: 'f0e1d2c3'.repeat(8),
      });
    } else {
      await update('sources', row.id, { contact_notes: `Zora Yilmaz via Threema ${9000 + row.id}` });
    }
  }

  for (const row of await raw.query(`SELECT id, locale, section, dateline FROM articles WHERE published_at IS NULL ORDER BY id`)) {
    const title = zText(row.locale, 'article draft', row.id);
    await update('articles', row.id, {
      title,
      slug: `zz-withheld-draft-${row.id}`,
      summary: zText(row.locale, 'draft summary', row.id),
      body: JSON.stringify([{ type: 'paragraph', children: [{ type: 'text', text: zText(row.locale, 'draft body', row.id) }] }]),
      section: next(SECTIONS, row.section),
      dateline: earlier(row.dateline),
      search_text: ` ${title.toLowerCase()} zephyr quokka`,
    });
  }

  const draftIncidents = await raw.query(`SELECT id, locale, verification_status FROM incidents WHERE published_at IS NULL ORDER BY id`);
  for (const row of draftIncidents) {
    const title = zText(row.locale, 'incident draft', row.id);
    await update('incidents', row.id, {
      title,
      description: zText(row.locale, 'draft description', row.id),
      date: '2011-03-15',
      verification_status: next(VERIFICATION, row.verification_status),
      search_text: ` ${title.toLowerCase()} zephyr quokka`,
    });
  }
  // Their components, found through the join table; a component row of a published row is left alone.
  const cmps = await raw.query(
    `SELECT c.cmp_id, c.component_type FROM incidents_cmps c JOIN incidents i ON i.id = c.entity_id WHERE i.published_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM incidents_cmps o JOIN incidents p ON p.id = o.entity_id
                     WHERE o.cmp_id = c.cmp_id AND o.component_type = c.component_type AND p.published_at IS NOT NULL)
     ORDER BY c.component_type, c.cmp_id`
  );
  for (const { cmp_id: id, component_type: type } of cmps) {
    if (type === 'incident.casualties') {
      const [row] = await raw.query(`SELECT * FROM components_incident_casualties WHERE id = ?`, [id]);
      const plus = (value: number | null, n: number) => (value ?? 0) + 1000 + n;
      await update('components_incident_casualties', id, {
        killed_min: plus(row.killed_min, 0),
        killed_max: plus(row.killed_max, 100),
        injured_min: plus(row.injured_min, 0),
        injured_max: plus(row.injured_max, 100),
        children_killed: plus(row.children_killed, 0),
        women_killed: plus(row.women_killed, 0),
        children_injured: plus(row.children_injured, 0),
        women_injured: plus(row.women_injured, 0),
        notes: `Zero-day count ${id}`,
      });
    } else if (type === 'incident.perpetrator-attribution') {
      const [row] = await raw.query(`SELECT certainty FROM components_incident_perpetrator_attributions WHERE id = ?`, [id]);
      await update('components_incident_perpetrator_attributions', id, { certainty: next(CERTAINTY, row.certainty) });
    }
  }

  for (const row of await raw.query(`SELECT id FROM incident_links ORDER BY id`)) {
    await update('incident_links', row.id, { note: `Zaid checked link ${row.id}` });
  }
  for (const row of await raw.query(`SELECT id FROM admin_users ORDER BY id`)) {
    await update('admin_users', row.id, { firstname: 'Zaid', lastname: 'Zeta', username: `zaid${row.id}`, email: `zaid.zeta${row.id}@example.net` });
  }
  // Archived copies of confidential sources.
  const archives = await raw.query(
    `SELECT DISTINCT f.id FROM files f JOIN files_related_mph r ON r.file_id = f.id JOIN sources s ON s.id = r.related_id
     WHERE r.related_type = 'api::source.source' AND s.confidential = ? ORDER BY f.id`,
    [true]
  );
  for (const row of archives) {
    await update('files', row.id, { name: `zz-withheld-${row.id}.pdf`, hash: `zz_withheld_${row.id}`, url: `/uploads/zz_withheld_${row.id}.pdf` });
  }

  if (!identical) {
    // What only B has: a never-published article, Arabic drafts of documents published in English
    // only, and links to never-published documents.
    const now = Date.now();
    const created = raw.client === 'postgres' ? new Date(now) : now;
    const instant = (iso: string) => (raw.client === 'postgres' ? new Date(iso) : Date.parse(iso));
    const untranslated = async (table: string) =>
      (await raw.query(
        `SELECT * FROM ${table} p WHERE p.published_at IS NOT NULL AND p.locale = 'en'
         AND NOT EXISTS (SELECT 1 FROM ${table} o WHERE o.document_id = p.document_id AND o.locale = 'ar') ORDER BY p.id`
      )) as any[];
    for (const row of await untranslated('articles')) {
      await raw.query(
        `INSERT INTO articles (document_id, title, slug, summary, dateline, section, search_text, created_at, updated_at, published_at, locale)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'ar')`,
        [row.document_id, zText('ar', 'arabic draft', row.id), `zz-arabic-draft-${row.id}`, zText('ar', 'summary', row.id), instant('2011-03-15T00:00:00Z'), 'analysis', ' يمامه زيزفون', created, created]
      );
      summary['articles (inserted)'] = (summary['articles (inserted)'] ?? 0) + 1;
    }
    for (const row of await untranslated('incidents')) {
      await raw.query(
        `INSERT INTO incidents (document_id, title, description, date, date_precision, location_precision, verification_status, search_text, created_at, updated_at, published_at, locale)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'ar')`,
        [row.document_id, zText('ar', 'arabic draft', row.id), zText('ar', 'description', row.id), '2011-03-15', 'approximate', 'exact', 'retracted', ' يمامه زيزفون', created, created]
      );
      summary['incidents (inserted)'] = (summary['incidents (inserted)'] ?? 0) + 1;
    }
    await raw.query(
      `INSERT INTO articles (document_id, title, slug, summary, dateline, section, search_text, created_at, updated_at, published_at, locale)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      [B_ONLY_ARTICLE, 'Zeppelin over Idlib, never published', 'zeppelin-over-idlib', 'Zeppelin draft', instant('2017-04-10T00:00:00Z'), 'reports', ' zeppelin over idlib', created, created, 'en']
    );
    summary['articles (inserted)'] = 1;
    const [published] = await raw.query(`SELECT document_id FROM articles WHERE published_at IS NOT NULL ORDER BY id LIMIT 1`);
    const unpublished = await raw.query(
      `SELECT DISTINCT document_id FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM incidents p WHERE p.document_id = i.document_id AND p.published_at IS NOT NULL) ORDER BY document_id`
    );
    const existing = new Set((await raw.query(`SELECT incident_document_id FROM incident_links WHERE article_document_id = ?`, [published.document_id])).map((l: any) => l.incident_document_id));
    for (const [index, { document_id: incident }] of unpublished.entries()) {
      if (existing.has(incident)) continue;
      await raw.query(
        `INSERT INTO incident_links (document_id, article_document_id, incident_document_id, role, note, created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [`zzlinkonlyinb${index}`, published.document_id, incident, 'analysis', 'Zaid: only in B', created, created, created]
      );
      summary['incident_links (inserted)'] = (summary['incident_links (inserted)'] ?? 0) + 1;
    }
    // The never-published article only B has reports a published incident.
    const [incident] = await raw.query(`SELECT document_id FROM incidents WHERE published_at IS NOT NULL ORDER BY id LIMIT 1`);
    await raw.query(
      `INSERT INTO incident_links (document_id, article_document_id, incident_document_id, role, note, created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ['zzlinkonlyinbarticle', B_ONLY_ARTICLE, incident.document_id, 'mentions', 'Zaid: only in B', created, created, created]
    );
    summary['incident_links (inserted)'] = (summary['incident_links (inserted)'] ?? 0) + 1;
  }
  return summary;
}

/** The documentId of the never-published article only B has. */
export const B_ONLY_ARTICLE = 'zzwithheldonlyinbarticle';

/**
 * What the generator draws its values from: documentIds and slugs, withheld texts and figures of A
 * and of B, public texts, dates, vocabulary keys and p-codes.
 */
export async function collectKnowledge(a: TestDatabase, b: TestDatabase): Promise<Knowledge> {
  const [rawA, rawB] = await Promise.all([connectRaw(a), connectRaw(b)]);
  try {
    const texts = (rows: any[]) => rows.flatMap((row) => Object.values(row)).filter((value): value is string => typeof value === 'string' && value.length > 0);
    const confidential = `confidential = ${rawA.client === 'postgres' ? 'true' : '1'}`;
    // Columns named as the attributes they are, so a filter on an attribute can be given its own values.
    const withheldQueries = [
      `SELECT title, url, publisher, contact_notes AS "contactNotes", archived_copy_sha_256 AS "archivedCopySha256" FROM sources WHERE ${confidential}`,
      `SELECT contact_notes AS "contactNotes" FROM sources`,
      `SELECT title, slug, summary FROM articles WHERE published_at IS NULL`,
      `SELECT title, description FROM incidents WHERE published_at IS NULL`,
      `SELECT notes FROM components_incident_casualties c WHERE NOT EXISTS (SELECT 1 FROM incidents_cmps j JOIN incidents i ON i.id = j.entity_id
         WHERE j.cmp_id = c.id AND j.component_type = 'incident.casualties' AND i.published_at IS NOT NULL)`,
      `SELECT note FROM incident_links`,
      `SELECT firstname, lastname, username, email FROM admin_users`,
      `SELECT name, hash, url FROM files`,
    ];
    const withheldByField: Record<string, Set<string>> = {};
    const add = (byField: Record<string, Set<string>>, rows: any[]) => {
      for (const row of rows) {
        for (const [field, value] of Object.entries(row)) {
          if (typeof value === 'string' && value.length > 0) (byField[field] ??= new Set()).add(value);
        }
      }
    };
    for (const raw of [rawA, rawB]) for (const sql of withheldQueries) add(withheldByField, await raw.query(sql));

    const publicQueries = [
      `SELECT title, slug, summary FROM articles WHERE published_at IS NOT NULL`,
      `SELECT title, description, external_id AS "externalId" FROM incidents WHERE published_at IS NOT NULL`,
      `SELECT notes FROM components_incident_casualties`,
      `SELECT title, url, publisher FROM sources WHERE NOT ${confidential}`,
      `SELECT name, aliases, pcode FROM locations`,
      ...['weapons', 'incident_types', 'actors', 'target_types'].map((table) => `SELECT label, key, aliases, description FROM ${table}`),
    ];
    const publicByField: Record<string, Set<string>> = {};
    for (const sql of publicQueries) add(publicByField, await rawA.query(sql));
    const publicTexts = new Set(Object.values(publicByField).flatMap((set) => [...set]));
    // A public text that is also withheld somewhere (a draft left as published) is not a probe of either.
    for (const set of Object.values(withheldByField)) for (const t of publicTexts) set.delete(t);
    for (const [field, set] of Object.entries(publicByField)) for (const t of withheldByField[field] ?? []) set.delete(t);
    const withheldTexts = new Set(Object.values(withheldByField).flatMap((set) => [...set]));

    const numbers = new Set<number>();
    for (const raw of [rawA, rawB]) {
      for (const row of await raw.query(`SELECT killed_min, killed_max, injured_min, injured_max, children_killed, women_killed FROM components_incident_casualties`)) {
        Object.values(row).forEach((n) => n !== null && numbers.add(Number(n)));
      }
    }
    const dates = new Set<string>();
    for (const raw of [rawA, rawB]) {
      for (const sql of [
        `SELECT CAST(published_date AS TEXT) AS a, CAST(accessed_date AS TEXT) AS b FROM sources`,
        `SELECT CAST(date AS TEXT) AS a FROM incidents`,
      ]) {
        texts(await raw.query(sql)).forEach((t) => dates.add(t));
      }
      const instants = await raw.query(`SELECT dateline FROM articles`);
      instants.forEach((row: any) => dates.add(new Date(typeof row.dateline === 'string' && /^\d+$/.test(row.dateline) ? Number(row.dateline) : row.dateline).toISOString()));
    }

    const documentIds: Knowledge['documentIds'] = {};
    const tables: Record<string, string> = {
      articles: 'articles',
      incidents: 'incidents',
      locations: 'locations',
      sources: 'sources',
      weapons: 'weapons',
      'incident-types': 'incident_types',
      actors: 'actors',
      'target-types': 'target_types',
    };
    for (const [plural, table] of Object.entries(tables)) {
      // In creation order, so that a seed picks the same documents again in a database built anew.
      const published = (await rawA.query(`SELECT document_id FROM ${table} WHERE published_at IS NOT NULL GROUP BY document_id ORDER BY MIN(id)`)).map((r: any) => r.document_id);
      const all = (await rawB.query(`SELECT document_id FROM ${table} GROUP BY document_id ORDER BY MIN(id)`)).map((r: any) => r.document_id);
      documentIds[plural] = { published, unpublished: all.filter((id: string) => !published.includes(id)) };
    }
    const slugs = { published: [] as string[], unpublished: [] as string[] };
    slugs.published = (await rawA.query(`SELECT slug FROM articles WHERE published_at IS NOT NULL ORDER BY id`)).map((r: any) => encodeURIComponent(r.slug));
    for (const raw of [rawA, rawB]) {
      for (const r of await raw.query(`SELECT slug FROM articles WHERE published_at IS NULL ORDER BY id`)) {
        if (r.slug && !slugs.published.includes(encodeURIComponent(r.slug))) slugs.unpublished.push(encodeURIComponent(r.slug));
      }
    }
    const keys: Record<string, string[]> = {};
    for (const plural of ['weapons', 'incident-types', 'actors', 'target-types']) {
      keys[plural] = (await rawA.query(`SELECT DISTINCT key FROM ${tables[plural]} ORDER BY key`)).map((r: any) => r.key);
    }
    const pcodes = (await rawA.query(`SELECT DISTINCT pcode FROM locations WHERE pcode IS NOT NULL ORDER BY pcode`)).map((r: any) => r.pcode);

    const sorted = (values: Iterable<string>) => [...values].sort();
    return {
      documentIds,
      slugs: { published: [...new Set(slugs.published)], unpublished: [...new Set(slugs.unpublished)] },
      withheldTexts: sorted(withheldTexts),
      publicTexts: sorted(publicTexts),
      withheldByField: Object.fromEntries(Object.entries(withheldByField).map(([field, set]) => [field, sorted(set)])),
      publicByField: Object.fromEntries(Object.entries(publicByField).map(([field, set]) => [field, sorted(set)])),
      numbers: [...numbers].sort((x, y) => x - y),
      dates: sorted(dates),
      keys,
      pcodes,
    };
  } finally {
    await Promise.all([rawA.close(), rawB.close()]);
  }
}
