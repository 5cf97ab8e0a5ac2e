const { createStrapi } = require('@strapi/strapi');
const { databaseSettled } = require('@syria-cms/strapi-server-helpers');
const { compileApp } = require('./compile-app');

/**
 * Runs `work(strapi, distDir)` on the app loaded (not serving HTTP) against the configured
 * database, then stops it cleanly: what every command-line script does around its own work.
 */
async function withStrapi(work) {
  const context = await compileApp();
  const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    return await work(app, context.distDir);
  } finally {
    await databaseSettled(app);
    await app.destroy();
  }
}

module.exports = { withStrapi };
