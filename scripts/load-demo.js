#!/usr/bin/env node
// `npm run demo`: loads the demo content into the configured database (any environment), then stops.
// Idempotent: what is already there is left as it is.
const path = require('node:path');
const { withStrapi } = require('./with-strapi');

withStrapi(async (app, distDir) => {
  const { loadDemoData } = require(path.join(distDir, 'src', 'bootstrap', 'demo-data'));
  const { created } = await loadDemoData(app);
  console.log(Object.keys(created).length ? `Created: ${JSON.stringify(created)}` : 'The demo content was already there.');
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
