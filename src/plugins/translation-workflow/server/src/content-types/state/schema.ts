import { STATUSES } from '../../../../shared/constants';

/** The translation status of one document in one locale (unique per document and locale, see bootstrap.ts). */
export default {
  kind: 'collectionType',
  collectionName: 'translation_states',
  info: {
    singularName: 'state',
    pluralName: 'states',
    displayName: 'Translation state',
    description: 'The translation status of one document in one locale, and what its translation was made from',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
    i18n: { localized: false },
  },
  attributes: {
    contentType: { type: 'string', required: true, maxLength: 120 },
    targetDocumentId: { type: 'string', required: true, maxLength: 64 },
    locale: { type: 'string', required: true, maxLength: 20 },
    status: { type: 'enumeration', enum: [...STATUSES], required: true },
    sourceLocale: { type: 'string', maxLength: 20 },
    changedFields: { type: 'json' },
    basedOn: { type: 'json' },
    title: { type: 'string', maxLength: 400 },
    sourceTitle: { type: 'string', maxLength: 400 },
    contentUpdatedAt: { type: 'datetime' },
  },
};
