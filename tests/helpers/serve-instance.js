#!/usr/bin/env node
// A Strapi instance in its own process, serving HTTP on a free loopback port, on the database
// named by the environment (like second-instance.js, but it stays up). It tells its parent the
// port over the IPC channel ({ port }), runs the Document Service steps it is sent ({ id, steps },
// see document-steps.js; it answers { id, ids } or { id, error }), and stops when the parent
// disconnects or sends "stop".
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { runDocumentSteps } = require('./document-steps');

let app;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    if (app) await app.destroy();
  } finally {
    process.exit(code);
  }
}

(async () => {
  const appDir = path.join(__dirname, '..', '..');
  app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await app.server.mount();
  const server = app.server.httpServer;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.send({ port: server.address().port });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

process.on('message', (message) => {
  if (message === 'stop') return stop(0);
  if (message?.steps) {
    runDocumentSteps(app, message.steps).then(
      (ids) => process.send({ id: message.id, ids }),
      (error) => process.send({ id: message.id, error: String(error?.stack ?? error) })
    );
  }
});
process.on('disconnect', () => stop(0));
process.on('SIGTERM', () => stop(0));
