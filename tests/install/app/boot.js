'use strict';
/**
 * Starts this throw-away app, then records a published story reporting a published event at a
 * place, linked through the linker's service, and prints its port, their ids and the story's
 * translation statuses for the test.
 */
const { createStrapi } = require('@strapi/strapi');

(async () => {
  const strapi = await createStrapi({ appDir: __dirname, distDir: __dirname }).start();
  const place = await strapi.documents('api::place.place').create({ data: { name: 'Saraqib', level: 'town' } });
  const event = await strapi.documents('api::event.event').create({ data: { title: 'Shelling of Saraqib', date: '2017-04-08', place: place.documentId }, status: 'published' });
  const story = await strapi.documents('api::story.story').create({ data: { title: 'Saraqib shelled again', dateline: '2017-04-10T15:15:00Z' }, status: 'published' });
  await strapi.plugin('incident-linker').service('links').link({ article: story.documentId, incident: event.documentId });
  // What the translation workflow recorded of the story, by locale: its write step ran with no order given by the app.
  const states = await strapi.db.query('plugin::translation-workflow.state').findMany({ where: { targetDocumentId: story.documentId } });
  const translation = Object.fromEntries(states.map((state) => [state.locale, state.status]));
  const { port } = strapi.server.httpServer.address();
  console.log(`READY ${JSON.stringify({ port, story: story.documentId, event: event.documentId, translation })}`);
})().catch((error) => {
  console.error(`FAILED ${error.message}`);
  process.exit(1);
});
