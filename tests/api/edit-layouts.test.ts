import request from 'supertest';
import { loginAdmin } from '../helpers/auth';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** The casualty figures' edit layout pairs each minimum with its maximum, as the admin panel reads it. */
let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => app?.stop());

test('each casualty minimum sits beside its maximum in the edit view', async () => {
  const token = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  const response = await request(app.server).get('/content-manager/components/incident.casualties/configuration').set('Authorization', `Bearer ${token}`);
  expect(response.status).toBe(200);
  const rows = response.body.data.component.layouts.edit.map((row: { name: string }[]) => row.map((field) => field.name));
  expect(rows).toEqual([
    ['killedMin', 'killedMax'],
    ['injuredMin', 'injuredMax'],
    ['childrenKilled', 'womenKilled'],
    ['childrenInjured', 'womenInjured'],
    ['notes'],
  ]);
});
