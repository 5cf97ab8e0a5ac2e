import type { Core } from '@strapi/strapi';
import { applyContractToOpenApi } from '../src/public-api/openapi';
import { contractSettings } from '../src/public-api/settings';
import { ARTICLE, CONTENT_TYPES, INCIDENT, LOCATION } from '../src/uids';
import translation from './translation';

const allowedMediaTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'text/plain',
  'text/csv',
  'text/html',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

/** Translators see links and the translation queue (config/translation.ts names their roles). */
const translatorRoles = translation.translatorRoles.map((role) => role.code);

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  // Both plugins are workspace packages (src/plugins/*), installed as dependencies like any
  // plugin; what they link, translate and show is this app's choice, given here.
  'incident-linker': {
    enabled: true,
    config: {
      articleType: ARTICLE,
      incidentType: INCIDENT,
      placeType: LOCATION,
      placeField: 'location',
      termFields: ['weapons', 'incidentType'],
      // What sites may read of a linked document: the public read contract's fields of each type.
      publicFields: {
        article: ['title', 'slug', 'summary', 'dateline', 'section'],
        incident: ['title', 'description', 'date', 'datePrecision', 'time', 'verificationStatus', 'locationPrecision'],
        place: ['name', 'level', 'latitude', 'longitude', 'coordinatesApproximate'],
      },
      linkRoles: ['primary-report', 'mentions', 'follow-up', 'analysis'],
      defaultLinkRole: 'mentions',
      managerRoles: ['strapi-editor'],
      readerRoles: translatorRoles,
    },
  },
  // Every change to the record, with who, when, how and per-field before and after, hash-chained.
  'evidence-trail': {
    enabled: true,
    config: { types: [...CONTENT_TYPES], readerRoles: ['strapi-editor', ...translatorRoles] },
  },
  'translation-workflow': {
    enabled: true,
    config: {
      locales: translation.locales.map((locale) => locale.code),
      readerRoles: ['strapi-editor', ...translatorRoles],
      pageTypes: [ARTICLE, INCIDENT, LOCATION],
    },
  },
  documentation: {
    config: {
      info: {
        version: '1.0.0',
        title: 'Syria violations documentation: content API',
        description:
          'Read-only API for public sites, maps and feed readers, in English and Arabic. Published content only; confidential sources are redacted. See the README for examples.',
        license: { name: 'Proprietary' },
      },
      'x-strapi-config': {
        plugins: ['incident-linker'],
        // Paths, parameters and model schemas as the public read contract declares them, nothing more.
        mutateDocumentation: (draft: any) => applyContractToOpenApi(draft, contractSettings(strapi)),
      },
      servers: [{ url: `${env('PUBLIC_URL', 'http://localhost:1337')}/api`, description: 'This server' }],
    },
  },
  upload: {
    config: {
      security: { allowedTypes: allowedMediaTypes, deniedTypes },
    },
  },
});

export default config;
