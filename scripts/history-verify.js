#!/usr/bin/env node
/**
 * `npm run history:verify`: walks the whole evidence trail of the configured database and checks
 * every entry's hash and both of its chains (the whole trail's, its document's).
 * `npm run history:verify -- --file history-<documentId>.json`: checks one document's exported
 * history offline, without a database.
 * Exits 0 when everything verifies; otherwise 1, naming the first entry that does not and why.
 */
const fs = require('node:fs');
const { verifyChain } = require('@syria-cms/evidence-chain');

const FORMAT = 'syria-cms.evidence-trail/1';

function report(broken, count, what) {
  if (broken) {
    console.error(`${what}: entry ${broken.seq} does not verify: ${broken.reason}`);
    process.exitCode = 1;
  } else {
    console.log(`${what}: all ${count} entries verify.`);
  }
}

function verifyFile(file) {
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (exported.format !== FORMAT || !Array.isArray(exported.entries)) throw new Error(`${file} is not an exported history (${FORMAT})`);
  const stranger = exported.entries.find((entry) => entry.documentId !== exported.documentId);
  const broken = stranger ? { seq: stranger.seq, reason: `it belongs to ${stranger.documentId}, not ${exported.documentId}` } : verifyChain(exported.entries, { whole: false });
  report(broken, exported.entries.length, file);
}

async function verifyDatabase() {
  const { createStrapi } = require('@strapi/strapi');
  const { compileApp } = require('./compile-app');
  const app = await createStrapi({ ...(await compileApp()), autoReload: false, serveAdminPanel: false }).load();
  try {
    const entries = [];
    for await (const batch of app.plugin('evidence-trail').service('trail').everything()) entries.push(...batch);
    report(verifyChain(entries, { whole: true }), entries.length, 'The evidence trail');
  } finally {
    await app.destroy();
  }
}

const fileFlag = process.argv.indexOf('--file');
(fileFlag === -1 ? verifyDatabase() : Promise.resolve(verifyFile(process.argv[fileFlag + 1]))).catch((error) => {
  console.error(error.message ?? error);
  process.exit(2);
});
