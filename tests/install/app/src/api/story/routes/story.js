const { factories } = require('@strapi/strapi');

// Public reads, as a site would have them.
module.exports = factories.createCoreRouter('api::story.story', { only: ['find', 'findOne'], config: { find: { auth: false }, findOne: { auth: false } } });
