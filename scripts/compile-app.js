const path = require('node:path');
const { compileStrapi } = require('@strapi/strapi');
const { buildWorkspaces } = require('./build-workspaces');

/**
 * What every script, test run and benchmark does before loading the app: build the workspace
 * packages that changed (Strapi loads the plugins from their dist/), then compile the app's
 * TypeScript to dist/. Resolves with Strapi's compile context (its distDir).
 */
async function compileApp() {
  buildWorkspaces();
  return compileStrapi({ appDir: path.join(__dirname, '..') });
}

module.exports = { compileApp };
