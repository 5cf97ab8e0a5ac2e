// This app's own names for what the incident linker links: stories report events at places.
module.exports = ({ env }) => ({
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
