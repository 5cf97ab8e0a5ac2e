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
    // One of the configured link roles (config.ts): the links service checks it, as a schema cannot read the config.
    role: { type: 'string', required: true, maxLength: 64 },
    note: { type: 'text', maxLength: 1000 },
  },
};
