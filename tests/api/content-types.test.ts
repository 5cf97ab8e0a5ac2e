import request from 'supertest';
import { createFullAccessToken } from '../helpers/auth';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Every content type round-trips through the REST API in English and Arabic, and the fields our
 * model shares across locales (scalars, components and relations) stay the same in both when one
 * locale is updated.
 */
let app: TestApp;
let token: string;

const api = () => ({
  post: (path: string, data: unknown) => request(app.server).post(path).set('Authorization', `Bearer ${token}`).send({ data }),
  put: (path: string, data: unknown) => request(app.server).put(path).set('Authorization', `Bearer ${token}`).send({ data }),
  get: (path: string) => request(app.server).get(path),
});

beforeAll(async () => {
  app = await startStrapi();
  token = await createFullAccessToken(app.strapi);
});
afterAll(async () => app?.stop());

async function roundTrip(plural: string, english: Record<string, unknown>, arabic: Record<string, unknown>, query = '') {
  const created = await api().post(`/api/${plural}?locale=en${query}`, english);
  expect(created.status).toBe(201);
  const { documentId } = created.body.data;

  const translated = await api().put(`/api/${plural}/${documentId}?locale=ar${query}`, arabic);
  expect(translated.status).toBe(200);

  const inEnglish = await api().get(`/api/${plural}/${documentId}?locale=en`);
  const inArabic = await api().get(`/api/${plural}/${documentId}?locale=ar`);
  expect(inEnglish.status).toBe(200);
  expect(inArabic.status).toBe(200);
  expect(inEnglish.body.data).toMatchObject({ ...english, locale: 'en' });
  expect(inArabic.body.data).toMatchObject({ ...arabic, locale: 'ar' });
  return documentId as string;
}

test.each([
  ['weapons', 'white-phosphorus', 'White phosphorus', 'الفوسفور الأبيض'],
  ['incident-types', 'airstrike', 'Airstrike', 'غارة جوية'],
  ['actors', 'russian-armed-forces', 'Russian armed forces', 'القوات الروسية'],
  ['target-types', 'residential-area', 'Residential area', 'منطقة سكنية'],
])('a %s term has one key and a label in each language', async (plural, key, en, ar) => {
  const documentId = await roundTrip(plural, { key, label: en }, { label: ar });
  const arabic = await api().get(`/api/${plural}/${documentId}?locale=ar`);
  expect(arabic.body.data.key).toBe(key);
});

test('a location round-trips with its shared gazetteer fields', async () => {
  const documentId = await roundTrip(
    'locations',
    { name: 'Khan Sheikhoun', aliases: 'Khan Sheikoun', level: 'town', pcode: 'C4199', latitude: 35.44, longitude: 36.65, coordinatesApproximate: true },
    { name: 'خان شيخون', aliases: 'خان شيخوم' }
  );
  const arabic = await api().get(`/api/locations/${documentId}?locale=ar`);
  expect(arabic.body.data).toMatchObject({ pcode: 'C4199', latitude: 35.44, longitude: 36.65, level: 'town', coordinatesApproximate: true });
});

test('a source round-trips', async () => {
  await roundTrip(
    'sources',
    { title: 'Statement of the media department', kind: 'media-department-statement', url: 'https://example.org/statement', publishedDate: '2017-04-10', confidential: false },
    { title: 'بيان الدائرة الإعلامية' }
  );
});

test('an incident round-trips with casualties, perpetrators and vocabulary', async () => {
  const weapon = await api().post('/api/weapons?locale=en', { key: 'cluster-munitions', label: 'Cluster munitions' });
  const actor = await api().post('/api/actors?locale=en', { key: 'syrian-government-forces', label: 'Syrian government forces' });
  const documentId = await roundTrip(
    'incidents',
    {
      title: 'Airstrike on Maarat Alnouman',
      description: 'Two killed.',
      date: '2017-04-09',
      datePrecision: 'day',
      verificationStatus: 'reported',
      locationPrecision: 'town',
      externalId: 'demo-1',
    },
    { title: 'غارة على معرة النعمان', description: 'مقتل شخصين.' },
    '&status=published'
  );
  await api().put(`/api/incidents/${documentId}?locale=en&status=published`, {
    casualties: { killedMin: 2, killedMax: 2, injuredMin: 5 },
    perpetrators: [{ actor: actor.body.data.documentId, certainty: 'alleged' }],
    weapons: [weapon.body.data.documentId],
  });

  const arabic = await api().get(
    `/api/incidents/${documentId}?locale=ar&populate[casualties]=true&populate[perpetrators][populate]=actor&populate[weapons]=true`
  );
  expect(arabic.body.data.casualties).toMatchObject({ killedMin: 2, killedMax: 2, injuredMin: 5 });
  expect(arabic.body.data.perpetrators).toEqual([expect.objectContaining({ certainty: 'alleged' })]);
  expect(arabic.body.data.weapons.map((w: any) => w.documentId)).toEqual([weapon.body.data.documentId]);
});

test('an article round-trips with blocks, dateline and section', async () => {
  const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Russian air force have intensified bombing raids.' }] }];
  const bodyAr = [{ type: 'paragraph', children: [{ type: 'text', text: 'كثّف سلاح الجو الروسي غاراته.' }] }];
  const documentId = await roundTrip(
    'articles',
    { title: 'Russian Jets Hit Syrians', summary: 'Summary', body, dateline: '2017-04-10T15:15:00.000Z', section: 'coalition-news' },
    { title: 'طائرات روسية تقصف السوريين', summary: 'ملخص', body: bodyAr },
    '&status=published'
  );
  const arabic = await api().get(`/api/articles/${documentId}?locale=ar`);
  expect(arabic.body.data.dateline).toBe('2017-04-10T15:15:00.000Z');
});

describe('shared fields stay the same in every locale', () => {
  test('a shared scalar or component changed in Arabic changes in English; localized text does not', async () => {
    const created = await api().post('/api/incidents?locale=en&status=published', { title: 'Shelling', date: '2017-04-08', casualties: { killedMin: 1 } });
    const { documentId } = created.body.data;
    await api().put(`/api/incidents/${documentId}?locale=ar&status=published`, { title: 'قصف' });

    const update = await api().put(`/api/incidents/${documentId}?locale=ar&status=published`, {
      date: '2017-04-07',
      verificationStatus: 'corroborated',
      casualties: { killedMin: 3, killedMax: 4 },
    });
    expect(update.status).toBe(200);

    const english = await api().get(`/api/incidents/${documentId}?locale=en&populate=casualties`);
    expect(english.body.data).toMatchObject({ title: 'Shelling', date: '2017-04-07', verificationStatus: 'corroborated' });
    expect(english.body.data.casualties).toMatchObject({ killedMin: 3, killedMax: 4 });
  });

  test('relations changed in one locale follow in the other, in the target\'s own language', async () => {
    const place = await api().post('/api/locations?locale=en', { name: 'Saraqib', level: 'town' });
    await api().put(`/api/locations/${place.body.data.documentId}?locale=ar`, { name: 'سراقب' });
    const other = await api().post('/api/locations?locale=en', { name: 'Sarmin', level: 'town' });
    await api().put(`/api/locations/${other.body.data.documentId}?locale=ar`, { name: 'سرمين' });

    const article = await api().post('/api/articles?locale=en&status=published', {
      title: 'Airstrikes on Saraqib',
      dateline: '2017-04-10T15:15:00.000Z',
      locations: [place.body.data.documentId],
    });
    const { documentId } = article.body.data;

    // A new Arabic translation starts with the document's places.
    await api().put(`/api/articles/${documentId}?locale=ar&status=published`, { title: 'غارات على سراقب' });
    let arabic = await api().get(`/api/articles/${documentId}?locale=ar&populate=locations`);
    expect(arabic.body.data.locations.map((l: any) => l.name)).toEqual(['سراقب']);

    // Changing the places in Arabic changes them in English.
    await api().put(`/api/articles/${documentId}?locale=ar&status=published`, { locations: [place.body.data.documentId, other.body.data.documentId] });
    const english = await api().get(`/api/articles/${documentId}?locale=en&populate=locations`);
    expect(english.body.data.locations.map((l: any) => l.name).sort()).toEqual(['Saraqib', 'Sarmin']);
    arabic = await api().get(`/api/articles/${documentId}?locale=ar&populate=locations`);
    expect(arabic.body.data.locations.map((l: any) => l.name).sort()).toEqual(['سراقب', 'سرمين']);
  });

  test('a target with no translation is linked in the language it has', async () => {
    const englishOnly = await api().post('/api/locations?locale=en', { name: 'Ayn Suda', level: 'village' });
    const incident = await api().post('/api/incidents?locale=en&status=published', { title: 'Airstrike', date: '2017-04-09', location: englishOnly.body.data.documentId });
    await api().put(`/api/incidents/${incident.body.data.documentId}?locale=ar&status=published`, { title: 'غارة' });
    const arabic = await api().get(`/api/incidents/${incident.body.data.documentId}?locale=ar&populate=location`);
    expect(arabic.body.data.location).toMatchObject({ name: 'Ayn Suda', locale: 'en' });
  });
});
