#!/usr/bin/env node
// A second Strapi instance in its own process, on the database named by the environment, for
// tests of what several instances sharing one database see. It runs the Document Service calls
// given as JSON in argv[2] ([{ uid, action, params }], each step may use "$0", "$1"... for the
// documentIds of earlier steps), prints the results as JSON, and stops.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { databaseSettled } = require('@syria-cms/strapi-server-helpers');

(async () => {
  const appDir = path.join(__dirname, '..', '..');
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    const ids = [];
    const fill = (value) => JSON.parse(JSON.stringify(value).replace(/"\$(\d+)"/g, (_, i) => JSON.stringify(ids[Number(i)])));
    for (const step of JSON.parse(process.argv[2])) {
      const result = await app.documents(step.uid)[step.action](fill(step.params));
      ids.push(result?.documentId);
    }
    process.stdout.write(JSON.stringify(ids));
  } finally {
    await databaseSettled(app);
    await app.destroy();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
