import type { Core } from '@strapi/strapi';
import { applyContractToOpenApi } from '../src/public-api/openapi';
import { contractSettings } from '../src/public-api/settings';

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

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  'incident-linker': {
    enabled: true,
    resolve: './src/plugins/incident-linker',
  },
  'translation-workflow': {
    enabled: true,
    resolve: './src/plugins/translation-workflow',
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
