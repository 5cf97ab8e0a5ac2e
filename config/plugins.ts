import type { Core } from '@strapi/strapi';

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
  upload: {
    config: {
      security: { allowedTypes: allowedMediaTypes, deniedTypes },
    },
  },
});

export default config;
