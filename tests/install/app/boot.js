'use strict';
/**
 * Starts this throw-away app, then records a published story reporting a published event at a
 * place, linked through the plugin's service, and prints its port and their ids for the test.
 */
const { createStrapi } = require('@strapi/strapi');

(async () => {
  const strapi = await createStrapi({ appDir: __dirname, distDir: __dirname }).start();
  const place = await strapi.documents('api::place.place').create({ data: { name: 'Saraqib', level: 'town' } });
  const event = await strapi.documents('api::event.event').create({ data: { title: 'Shelling of Saraqib', date: '2017-04-08', place: place.documentId }, status: 'published' });
  const story = await strapi.documents('api::story.story').create({ data: { title: 'Saraqib shelled again', dateline: '2017-04-10T15:15:00Z' }, status: 'published' });
  await strapi.plugin('incident-linker').service('links').link({ article: story.documentId, incident: event.documentId });
  const { port } = strapi.server.httpServer.address();
  console.log(`READY ${JSON.stringify({ port, story: story.documentId, event: event.documentId })}`);
})().catch((error) => {
  console.error(`FAILED ${error.message}`);
  process.exit(1);
});
