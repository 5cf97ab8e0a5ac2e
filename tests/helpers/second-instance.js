#!/usr/bin/env node
// A second Strapi instance in its own process, on the database named by the environment, for
// tests of what several instances sharing one database see. It runs the Document Service calls
// given as JSON in argv[2] (see document-steps.js), prints the results as JSON, and stops.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { databaseSettled } = require('@syria-cms/strapi-server-helpers');
const { runDocumentSteps } = require('./document-steps');

(async () => {
  const appDir = path.join(__dirname, '..', '..');
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    process.stdout.write(JSON.stringify(await runDocumentSteps(app, JSON.parse(process.argv[2]))));
  } finally {
    await databaseSettled(app);
    await app.destroy();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
