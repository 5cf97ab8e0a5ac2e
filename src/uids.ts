/** Content-type UIDs, named once. */
export const ARTICLE = 'api::article.article';
export const INCIDENT = 'api::incident.incident';
export const LOCATION = 'api::location.location';
export const SOURCE = 'api::source.source';
export const WEAPON = 'api::weapon.weapon';
export const INCIDENT_TYPE = 'api::incident-type.incident-type';
export const ACTOR = 'api::actor.actor';
export const TARGET_TYPE = 'api::target-type.target-type';

export const VOCABULARIES = [WEAPON, INCIDENT_TYPE, ACTOR, TARGET_TYPE] as const;

/** Every content type of the documentation model, in an order where relations point backwards. */
export const CONTENT_TYPES = [...VOCABULARIES, LOCATION, SOURCE, INCIDENT, ARTICLE] as const;

export type ContentTypeUid = (typeof CONTENT_TYPES)[number];

export const isOurContentType = (uid: string): uid is ContentTypeUid =>
  (CONTENT_TYPES as readonly string[]).includes(uid);
