import type { Core } from '@strapi/strapi';
import { attributesOf, ensureIndex, grantPluginActions, hasDraftAndPublish, modelOf } from '@syria-cms/strapi-server-helpers';
import { ACTIONS, PLUGIN_ID } from '../../shared/constants';
import { linkerConfig, type IncidentLinkerConfig } from './config';
import { LINK } from './constants';

/** Idempotent: the configured types checked, the pair index, the permission actions, and the roles configured to hold them. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = linkerConfig(strapi);
  const problems = typeProblems(strapi, config);
  if (problems.length > 0) throw new Error(`incident-linker cannot run on the configured types: ${problems.join('; ')}`);

  // One link per article-incident pair, decided by the database: concurrent requests cannot both
  // insert. Strapi's schema has no composite unique constraint, so it is added here.
  await ensureIndex(strapi, LINK, 'pair_unique', ['articleDocumentId', 'incidentDocumentId'], { unique: true });
  await ensureIndex(strapi, LINK, 'incident_idx', ['incidentDocumentId'], { unique: false });
  // Suggestions look up incidents dated shortly before an article's dateline.
  await ensureIndex(strapi, config.incidentType, 'date_idx', ['date'], { unique: false });

  await grantPluginActions(strapi, PLUGIN_ID, Object.values(ACTIONS), [
    { roles: config.managerRoles, actions: [ACTIONS.read.action, ACTIONS.manage.action] },
    { roles: config.readerRoles, actions: [ACTIONS.read.action] },
  ]);
};

/** The fields the plugin reads of each configured type (README.md, "What the types need"). */
const NEEDS = {
  article: ['title', 'body', 'dateline'],
  incident: ['title', 'date'],
  place: ['name', 'aliases', 'level', 'pcode', 'parent'],
  term: ['key', 'label', 'aliases'],
};

function typeProblems(strapi: Core.Strapi, config: IncidentLinkerConfig): string[] {
  const problems: string[] = [];
  const check = (uid: string, role: string, fields: string[]) => {
    if (!modelOf(strapi, uid)) return problems.push(`${role} type ${uid} does not exist`);
    const attributes = attributesOf(strapi, uid);
    const missing = fields.filter((field) => !(field in attributes));
    if (missing.length > 0) problems.push(`${role} type ${uid} has no ${missing.join(', ')}`);
  };
  check(config.articleType, 'the article', [...NEEDS.article, ...config.publicFields.article]);
  check(config.incidentType, 'the incident', [...NEEDS.incident, config.placeField, ...config.termFields, ...config.publicFields.incident]);
  check(config.placeType, 'the place', [...NEEDS.place, ...config.publicFields.place]);
  for (const uid of [config.articleType, config.incidentType]) {
    if (modelOf(strapi, uid) && !hasDraftAndPublish(strapi, uid))
      problems.push(`${uid} must have draft & publish: only published documents are public`);
  }
  const incident = attributesOf(strapi, config.incidentType);
  if (incident[config.placeField] && incident[config.placeField].target !== config.placeType) {
    problems.push(`${config.placeField} of ${config.incidentType} must relate to ${config.placeType}`);
  }
  for (const field of config.termFields) {
    const target = incident[field]?.target;
    if (incident[field] && !target) problems.push(`${field} of ${config.incidentType} must be a relation`);
    if (target) check(target, `the ${field}`, NEEDS.term);
  }
  return problems;
}
