import fs from 'node:fs';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin } from '../helpers/browser';
const ed = { email: 'editor-ar@test.example', password: 'Editor-Password-2' };
const session = useDemoAdminPanel(async ({ app }) => { await createAdminUser(app.strapi, 'strapi-editor', ed, { preferedLanguage: 'en' }); });
test('dump', async () => {
  const page = session.page;
  await logInToAdmin(page, session.baseUrl, ed.email, ed.password);
  const inc = (await session.app.strapi.db.query('api::incident.incident').findOne({ where: { locale: 'en' } })).documentId;
  await page.goto(session.baseUrl + `/admin/content-manager/collection-types/api::incident.incident/${inc}?plugins[i18n][locale]=en`);
  await page.locator('input[name="title"]').waitFor();
  const html = await page.evaluate(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent!.startsWith('Perpetrators'))!;
    return label.parentElement!.parentElement!.parentElement!.parentElement!.outerHTML;
  });
  fs.writeFileSync('/tmp/perp.html', html);
  const cookies = await page.evaluate(() => Object.keys(localStorage).concat(Object.keys(sessionStorage)));
  console.log(cookies);
});
