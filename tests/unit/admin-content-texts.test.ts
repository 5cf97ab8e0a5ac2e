import fs from 'node:fs';
import path from 'node:path';
import { COMPONENT_TEXTS, CONTENT_TYPE_TEXTS, ENUMERATION_TEXTS, contentTexts } from '../../src/admin/content-texts';
import { SYSTEM_FIELD_TEXTS } from '../../src/admin/content-texts/types';

/**
 * Every content type, field and enumeration value an editor sees has a name in English and in
 * Arabic, and none is its schema name: read against the schema files themselves, so a field added
 * without its texts fails here.
 */
const root = path.join(__dirname, '..', '..', 'src');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

const contentTypes = fs
  .readdirSync(path.join(root, 'api'))
  .map((api) => path.join(root, 'api', api, 'content-types', api, 'schema.json'))
  .filter((file) => fs.existsSync(file))
  .map((file) => ({ uid: `api::${path.basename(path.dirname(file))}.${path.basename(path.dirname(file))}`, schema: readJson(file) }));
const components = fs
  .readdirSync(path.join(root, 'components', 'incident'))
  .map((file) => ({ uid: `incident.${file.replace('.json', '')}`, schema: readJson(path.join(root, 'components', 'incident', file)) }));

/** Fields the Content Manager shows: hidden ones (the folded search text) are the server's only. */
const shownFields = (schema: any) => Object.entries<any>(schema.attributes).filter(([, attribute]) => attribute.visible !== false);

const ARABIC = /[\u0600-\u06FF]/;

test.each(contentTypes)('$uid: named in both languages, as its schema display name says', ({ uid, schema }) => {
  const texts = CONTENT_TYPE_TEXTS[uid];
  expect(texts).toBeDefined();
  expect(texts.displayName).toBe(schema.info.displayName);
  expect(texts.name.ar).toMatch(ARABIC);
});

test.each([...contentTypes.map((type) => ({ ...type, texts: CONTENT_TYPE_TEXTS })), ...components.map((type) => ({ ...type, texts: COMPONENT_TEXTS }))])(
  '$uid: every field it shows has an English and an Arabic label that is not its schema name',
  ({ uid, schema, texts }) => {
    for (const [name] of shownFields(schema)) {
      const field = texts[uid]?.fields[name];
      expect({ name, label: field?.label }).toEqual({ name, label: { en: expect.any(String), ar: expect.stringMatching(ARABIC) } });
      expect(field!.label.en).not.toBe(name);
    }
    // No text for a field the schema no longer has.
    for (const name of Object.keys(texts[uid].fields)) expect({ name, inSchema: name in schema.attributes }).toEqual({ name, inSchema: true });
  }
);

test('every enumeration value has an English and an Arabic name', () => {
  const values = [...contentTypes, ...components].flatMap(({ schema }) => shownFields(schema).flatMap(([, attribute]) => attribute.enum ?? []));
  for (const value of new Set<string>(values)) {
    expect({ value, text: ENUMERATION_TEXTS[value] }).toEqual({ value, text: { en: expect.any(String), ar: expect.stringMatching(ARABIC) } });
  }
});

test('the fields where a wrong value exposes someone or weakens a record say what they mean, in both languages', () => {
  const sensitive: [string, string][] = [
    ['api::source.source', 'confidential'],
    ['api::source.source', 'contactNotes'],
    ['api::source.source', 'reliability'],
    ['api::incident.incident', 'verificationStatus'],
    ['api::incident.incident', 'datePrecision'],
    ['api::incident.incident', 'locationPrecision'],
    ['api::location.location', 'pcode'],
  ];
  for (const [uid, name] of sensitive) {
    const description = CONTENT_TYPE_TEXTS[uid].fields[name].description;
    expect({ uid, name, description }).toEqual({ uid, name, description: { en: expect.any(String), ar: expect.stringMatching(ARABIC) } });
  }
  expect(CONTENT_TYPE_TEXTS['api::source.source'].fields.contactNotes.description!.en).toMatch(/never leaves/i);
});

test('the interface texts give each label, description and value under the id the Content Manager looks up', () => {
  expect(contentTexts.ar['content-manager.content-types.api::incident.incident.verificationStatus']).toBe('حالة التحقق');
  expect(contentTexts.en['content-manager.components.incident.casualties.killedMin']).toBe('Killed, at least');
  expect(contentTexts.ar['content-manager.content-types.api::source.source.confidential.description']).toMatch(ARABIC);
  expect(contentTexts.ar['alleged']).toBe('مزعومة');
  expect(contentTexts.ar['Incident']).toBe('حادثة');
  // Strapi's own fields, named for every type (list columns and filters).
  for (const { uid } of contentTypes) for (const name of Object.keys(SYSTEM_FIELD_TEXTS)) expect(contentTexts.ar[`content-manager.content-types.${uid}.${name}`]).toMatch(ARABIC);
});
