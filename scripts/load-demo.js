#!/usr/bin/env node
// `npm run demo`: loads the demo content into the configured database (any environment), then stops.
// Idempotent: what is already there is left as it is.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { databaseSettled } = require('@syria-cms/strapi-server-helpers');
const { compileApp } = require('./compile-app');

(async () => {
  const appDir = path.join(__dirname, '..');
  const context = await compileApp();
  const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    const { loadDemoData } = require(path.join(context.distDir, 'src', 'bootstrap', 'demo-data'));
    const { created } = await loadDemoData(app);
    console.log(Object.keys(created).length ? `Created: ${JSON.stringify(created)}` : 'The demo content was already there.');
  } finally {
    await databaseSettled(app);
    await app.destroy();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
