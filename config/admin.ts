import type { Core } from '@strapi/strapi';
import { ARTICLE, INCIDENT, LOCATION } from '../src/uids';

/** The types sites show as pages: the ones a preview can show. */
const PREVIEWED: string[] = [ARTICLE, INCIDENT, LOCATION];

/**
 * The edit view's Preview box. With PREVIEW_URL (a page of the site that shows a draft), "Open
 * preview" shows `PREVIEW_URL?type=article&documentId=…&locale=ar&status=draft` beside the form;
 * without it, preview is off and there is no box (unset, Strapi offers "Set up preview", whose
 * request answers 404).
 */
function preview(url: string): Core.Config.Admin['preview'] {
  if (!url) return { enabled: false, config: { handler: () => null } };
  return {
    enabled: true,
    config: {
      allowedOrigins: [new URL(url).origin],
      handler(uid, { documentId, locale, status }) {
        if (!PREVIEWED.includes(uid)) return null;
        const params = new URLSearchParams({ type: uid.split('.').pop()!, documentId, ...(locale ? { locale } : {}), ...(status ? { status } : {}) });
        return `${url}?${params}`;
      },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET') as string,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT') as string,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT') as string,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY') as string,
  },
  preview: preview(env('PREVIEW_URL', '')),
  flags: {
    nps: false,
    promoteEE: false,
  },
});

export default config;
