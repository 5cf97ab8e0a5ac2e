import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * Where an uploaded file is on this server's disk, or undefined when the upload provider keeps it
 * elsewhere (files on remote providers are never read here).
 */
export function localPathOf(strapi: Core.Strapi, file: { url?: string | null; provider?: string | null }): string | undefined {
  if (file.provider !== 'local' || !file.url?.startsWith('/uploads/')) return undefined;
  return path.join(strapi.dirs.static.public, file.url);
}
