// This app's own names for what the plugins work on: stories report events at places, in English and Arabic.
module.exports = ({ env }) => ({
  'translation-workflow': {
    enabled: true,
    config: { locales: ['en', 'ar'], pageTypes: ['api::story.story'] },
  },
  'incident-linker': {
    enabled: true,
    config: {
      articleType: 'api::story.story',
      incidentType: 'api::event.event',
      placeType: 'api::place.place',
      placeField: env('LINKER_PLACE_FIELD', 'place'),
      publicFields: { article: ['title'], incident: ['title', 'date'], place: ['name'] },
      linkRoles: ['lead', 'context'],
      defaultLinkRole: 'context',
    },
  },
});
