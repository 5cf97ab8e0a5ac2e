import config, { type IncidentLinkerConfig } from '../server/src/config';

/** What an app gives the plugin is checked when Strapi loads the config, before anything runs. */
const valid: IncidentLinkerConfig = {
  ...(config.default as Omit<IncidentLinkerConfig, 'articleType' | 'incidentType' | 'placeType'>),
  articleType: 'api::story.story',
  incidentType: 'api::event.event',
  placeType: 'api::place.place',
};

test('the defaults with the three types named are a working config', () => {
  expect(() => config.validator(valid)).not.toThrow();
});

test.each([
  ['no article type', { articleType: undefined }, /articleType must name a content type uid/],
  ['no place relation', { placeField: '' }, /placeField must name a relation/],
  ['no link roles', { linkRoles: [] }, /linkRoles must list at least one role/],
  ['a default role not among the roles', { defaultLinkRole: 'lead' }, /defaultLinkRole "lead" is not one of linkRoles/],
  ['a window of no days', { suggestionWindowDays: 0 }, /suggestionWindowDays must be positive/],
])('%s is refused, saying what is wrong', (_case, change, message) => {
  expect(() => config.validator({ ...valid, ...change } as IncidentLinkerConfig)).toThrow(message);
});
