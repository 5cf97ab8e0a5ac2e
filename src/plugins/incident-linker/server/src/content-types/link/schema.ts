import { DEFAULT_LINK_ROLE, LINK_ROLES } from '../../../../shared/constants';

/** One link per article-incident pair, whatever the locale or version of either (a unique index, see bootstrap.ts). */
export default {
  kind: 'collectionType',
  collectionName: 'incident_links',
  info: {
    singularName: 'link',
    pluralName: 'links',
    displayName: 'Incident link',
    description: 'An article reports an incident: one link per pair, whatever the locale or version of either',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
    i18n: { localized: false },
  },
  attributes: {
    articleDocumentId: { type: 'string', required: true, maxLength: 64 },
    incidentDocumentId: { type: 'string', required: true, maxLength: 64 },
    role: { type: 'enumeration', enum: [...LINK_ROLES], required: true, default: DEFAULT_LINK_ROLE },
    note: { type: 'text', maxLength: 1000 },
  },
};
