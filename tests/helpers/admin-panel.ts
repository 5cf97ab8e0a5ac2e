import type { Browser, Page } from 'playwright-core';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { launchBrowser } from './browser';
import { listen } from './server';
import { startStrapi, type TestApp } from './strapi';

/** What a browser test works with: a Strapi serving the built admin panel, with the demo content. */
export interface AdminPanelSession {
  app: TestApp;
  baseUrl: string;
  /** A fresh desktop-sized page for each test (side panels show on desktop widths only). */
  page: Page;
  /** The seed article of the demo content. */
  seedArticleId: string;
}

/**
 * Registers the hooks of a browser test file: one Strapi and one Chromium for the file, a new page
 * per test. `setUp` runs once the demo content is loaded (to create users, say).
 */
export function useDemoAdminPanel(setUp?: (session: AdminPanelSession) => Promise<void>): AdminPanelSession {
  const session = {} as AdminPanelSession;
  let browser: Browser | undefined;

  beforeAll(async () => {
    session.app = await startStrapi({ serveAdminPanel: true });
    session.baseUrl = await listen(session.app);
    await loadDemoData(session.app.strapi);
    session.seedArticleId = (await session.app.strapi.db.query('api::article.article').findOne({ where: { locale: 'en' } })).documentId;
    await setUp?.(session);
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    session.page = await browser!.newPage({ viewport: { width: 1440, height: 1000 } });
  });

  afterEach(async () => {
    await session.page?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await session.app?.stop();
  });

  return session;
}
