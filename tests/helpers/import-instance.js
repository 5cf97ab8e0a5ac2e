#!/usr/bin/env node
// Commits an import in its own Strapi process, on the database named by the environment, printing
// "progress <rows>" after each batch, so that a test can kill it midway (argv: mapping, file).
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

(async () => {
  const appDir = path.join(__dirname, '..', '..');
  const distDir = path.join(appDir, 'dist');
  const app = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  const { commitImport } = require(path.join(distDir, 'src', 'data-exchange', 'import', 'run'));
  await commitImport(app, process.argv[3], { mapping: process.argv[2], onProgress: (done) => process.stdout.write(`progress ${done}\n`) });
  process.stdout.write('committed\n');
  await app.destroy();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
