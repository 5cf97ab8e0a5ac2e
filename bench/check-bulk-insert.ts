import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { compileApp } from '../scripts/compile-app';
import { startStrapi } from '../tests/helpers/strapi';
import { insertDocuments } from './bulk-insert';

/**
 * Shows that bench/bulk-insert.ts writes what the Document Service writes: the same location,
 * incident and article, once through each, must give the same rows (per locale, draft and
 * published) and the same relation rows, ids, timestamps and unique fields aside. Re-run it after
 * a schema change: `node -r ./bench/register.js bench/check-bulk-insert.ts` (DATABASE_CLIENT=postgres for PostgreSQL).
 */
const L = 'api::location.location';
const I = 'api::incident.incident';
const A = 'api::article.article';
const IGNORED = ['id', 'created_at', 'updated_at', 'published_at', 'document_id', 'slug', 'pcode', 'external_id'];
const JOINS: [table: string, owner: string, target: string, order?: string][] = [
  ['locations_parent_lnk', 'locations', 'locations'],
  ['incidents_location_lnk', 'incidents', 'locations'],
  ['incidents_weapons_lnk', 'incidents', 'weapons', 'weapon_ord'],
  ['incidents_incident_type_lnk', 'incidents', 'incident_types'],
  ['articles_locations_lnk', 'articles', 'locations', 'location_ord'],
];

async function main() {
  await compileApp();
  const app = await startStrapi();
  try {
    const twins = await writeTwice(app.strapi);
    const knex = app.strapi.db.connection;
    const rowKey = new Map<string, string>(); // "table:id" → "documentId/locale/version", bulk documentIds as their twins'
    let same = true;
    for (const table of ['locations', 'incidents', 'articles', 'weapons', 'incident_types', 'actors']) {
      const rows = await knex(table).select();
      for (const r of rows) rowKey.set(`${table}:${r.id}`, `${twins[r.document_id] ?? r.document_id}/${r.locale}/${r.published_at === null ? 'draft' : 'published'}`);
      if (['weapons', 'incident_types', 'actors'].includes(table)) continue;
      const content = (bulk: boolean) =>
        rows
          .filter((r: any) => (r.document_id in twins) === bulk)
          .map((r: any) => JSON.stringify({ ...omit(r, IGNORED), document: twins[r.document_id] ?? r.document_id, published: r.published_at !== null }))
          .sort();
      same = report(table, JSON.stringify(content(false)) === JSON.stringify(content(true)), content(false).length) && same;
    }
    for (const [table, owner, target, order] of JOINS) {
      const rows = await knex(table).select();
      const [ownerColumn, targetColumn] = Object.keys(rows[0] ?? {}).filter((c) => c !== 'id' && c !== order);
      const described = rows.map((r: any) => `${rowKey.get(`${owner}:${r[ownerColumn]}`)} → ${rowKey.get(`${target}:${r[targetColumn]}`)}${order ? ` #${r[order]}` : ''}`);
      const counts = new Map<string, number>();
      for (const d of described) counts.set(d, (counts.get(d) ?? 0) + 1);
      same = report(table, described.length > 0 && [...counts.values()].every((c) => c === 2), described.length) && same;
    }
    same = (await sameComponents(knex, rowKey)) && same;
    console.log(same ? 'The bulk rows are the rows the Document Service writes.' : 'DIFFERENT: fix bench/bulk-insert.ts before trusting the generator.');
    process.exitCode = same ? 0 : 1;
  } finally {
    await app.stop();
  }
}

/** One set of documents through the Document Service, its twin (other documentIds) through insertDocuments. */
async function writeTwice(strapi: Core.Strapi): Promise<Record<string, string>> {
  const create = async (uid: string, en: any, ar: any, publish = false) => {
    const { documentId } = await strapi.documents(uid as any).create({ locale: 'en', data: en });
    await strapi.documents(uid as any).update({ documentId, locale: 'ar', data: ar });
    if (publish) await strapi.documents(uid as any).publish({ documentId, locale: '*' } as any);
    return documentId;
  };
  const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
  const w1 = await create('api::weapon.weapon', { key: 'barrel-bomb', label: 'Barrel bomb', aliases: 'barrels' }, { label: 'برميل متفجر' });
  const w2 = await create('api::weapon.weapon', { key: 'missile', label: 'Missile' }, { label: 'صاروخ', aliases: 'صواريخ' });
  const type = await create('api::incident-type.incident-type', { key: 'airstrike', label: 'Airstrike' }, { label: 'غارة جوية' });
  const a1 = await create('api::actor.actor', { key: 'air-force', label: 'Air force' }, { label: 'القوات الجوية' });
  const a2 = await create('api::actor.actor', { key: 'militia', label: 'Militia' }, { label: 'ميليشيا' });

  const place = { level: 'governorate', latitude: 35.9, longitude: 36.6, coordinatesApproximate: true };
  const town = { level: 'town', latitude: 35.86, longitude: 36.8, coordinatesApproximate: true };
  const incident = { date: '2017-04-09', datePrecision: 'approximate', locationPrecision: 'near', verificationStatus: 'verified' };
  const casualties = { killedMin: 12, killedMax: 15, injuredMin: 30, childrenKilled: 4 };
  const perpetrators = (first: string, second: string) => [{ actor: first, certainty: 'suspected' }, { actor: second, certainty: 'alleged' }];
  const article = { dateline: new Date('2017-04-10T10:00:00.000Z'), section: 'reports' };
  const text = {
    gov: { en: { name: 'Idlib', aliases: 'Idleb\nIdlib Governorate' }, ar: { name: 'إدلب', aliases: 'محافظة إدلب' } },
    town: { en: { name: 'Saraqib', aliases: null }, ar: { name: 'سراقب', aliases: null } },
    incident: { en: { title: 'Airstrike on Saraqib', description: 'Two killed.' }, ar: { title: 'غارة جوية على سراقب', description: 'مقتل شخصين.' } },
    article: { en: { title: 'Airstrikes on Saraqib', summary: 'Two killed.', body: body('Barrel bombs on Saraqib.') }, ar: { title: 'غارات على سراقب', summary: 'مقتل شخصين.', body: body('براميل متفجرة على سراقب.') } },
  };

  const gov = await create(L, { ...place, pcode: 'SY07', ...text.gov.en }, text.gov.ar);
  const saraqib = await create(L, { ...town, pcode: 'C1001', parent: gov, ...text.town.en }, text.town.ar);
  const strike = await create(
    I,
    { ...incident, externalId: 'X-1', location: saraqib, weapons: [w2, w1], incidentType: type, casualties, perpetrators: perpetrators(a2, a1), ...text.incident.en },
    text.incident.ar,
    true
  );
  const report = await create(A, { ...article, locations: [saraqib, gov], ...text.article.en }, text.article.ar, true);

  const twin = { gov: 'bulkgov00000000000000000', town: 'bulktown0000000000000000', incident: 'bulkincident000000000000', article: 'bulkarticle0000000000000' };
  await insertDocuments(strapi, L, [
    { documentId: twin.gov, shared: { ...place, pcode: 'SY08' }, localized: text.gov },
    { documentId: twin.town, shared: { ...town, pcode: 'C1002' }, localized: text.town, relations: { parent: [twin.gov] } },
  ]);
  await insertDocuments(strapi, I, [
    {
      documentId: twin.incident,
      shared: { ...incident, externalId: 'X-2' },
      localized: text.incident,
      relations: { location: [twin.town], weapons: [w2, w1], incidentType: [type] },
      components: {
        casualties: [{ fields: casualties }],
        perpetrators: perpetrators(a2, a1).map(({ actor, certainty }) => ({ fields: { certainty }, relations: { actor: [actor] } })),
      },
    },
  ]);
  const slugs = { en: { slug: 'bulk-en' }, ar: { slug: 'bulk-ar' } };
  await insertDocuments(strapi, A, [
    { documentId: twin.article, shared: article, localized: { en: { ...text.article.en, ...slugs.en }, ar: { ...text.article.ar, ...slugs.ar } }, relations: { locations: [twin.town, twin.gov] } },
  ]);
  return { [twin.gov]: gov, [twin.town]: saraqib, [twin.incident]: strike, [twin.article]: report };
}

/**
 * The incidents' components: each `_cmps` row described by its owner row, field, order, the
 * component's fields and (for attributions) its actor row; each must be there twice.
 */
async function sameComponents(knex: any, rowKey: Map<string, string>) {
  const actors = new Map<number, string>();
  for (const r of await knex('components_incident_perpetrator_attributions_actor_lnk').select()) actors.set(r.perpetrator_attribution_id, rowKey.get(`actors:${r.actor_id}`)!);
  const tables: Record<string, string> = { 'incident.casualties': 'components_incident_casualties', 'incident.perpetrator-attribution': 'components_incident_perpetrator_attributions' };
  const content = new Map<string, Map<number, any>>();
  for (const [type, table] of Object.entries(tables)) content.set(type, new Map((await knex(table).select()).map((r: any) => [r.id, r])));
  const rows = await knex('incidents_cmps').select();
  const described = rows.map((r: any) => {
    const component = omit(content.get(r.component_type)?.get(r.cmp_id) ?? { missing: true }, ['id']);
    const actor = r.component_type === 'incident.perpetrator-attribution' ? ` actor ${actors.get(r.cmp_id)}` : '';
    return `${rowKey.get(`incidents:${r.entity_id}`)} ${r.field}#${r.order} ${JSON.stringify(component)}${actor}`;
  });
  const counts = new Map<string, number>();
  for (const d of described) counts.set(d, (counts.get(d) ?? 0) + 1);
  const perType = Object.keys(tables).map((type) => rows.filter((r: any) => r.component_type === type).length);
  return report('incidents_cmps and components', perType.every((n) => n > 0) && [...counts.values()].every((c) => c === 2), described.length);
}

const omit = (row: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

function report(table: string, same: boolean, rows: number) {
  console.log(`${same ? 'same     ' : 'DIFFERENT'} ${table} (${rows} rows)`);
  return same;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
