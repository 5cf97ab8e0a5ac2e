import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError, throwIfProblems } from '@syria-cms/strapi-server-helpers';
import { localPathOf } from '../server-shared/local-files';
import { findReadableSourceFile } from '../server-shared/withheld-files';
import { SOURCE } from '../uids';

const MAX_ID = 2 ** 31 - 1;

/**
 * GET /admin/archived-copies/:fileId: a source's archived copy, for admins who may read it in the
 * content manager; the only way to a confidential one, which /uploads never sends. An admin who may
 * read no source gets a 403; one who may not read this copy, a 404 as if there were none, so that
 * trying file ids does not tell which are archived copies. Sent as an attachment (an archived web
 * page must not run as a page of the admin panel's origin) and kept by no cache.
 */
export const archivedCopyRoutes = (strapi: Core.Strapi): Core.Router => ({
  type: 'admin',
  prefix: '/admin',
  routes: [
    {
      method: 'GET',
      path: '/archived-copies/:fileId',
      handler: (ctx: any) => sendArchivedCopy(strapi, ctx),
      info: { type: 'admin' },
      config: {
        policies: [
          'admin::isAuthenticatedAdmin',
          { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.read', SOURCE]] } },
        ],
      },
    },
  ],
});

async function sendArchivedCopy(strapi: Core.Strapi, ctx: any) {
  const { fileId } = ctx.params;
  const id = /^\d+$/.test(fileId) ? Number(fileId) : NaN;
  // Ids are 32-bit on PostgreSQL, which refuses a larger number with an error rather than finding nothing.
  throwIfProblems(id >= 1 && id <= MAX_ID ? [] : [fieldError(['fileId'], `fileId must be a file's id; got ${JSON.stringify(fileId)}`)]);
  const file = await findReadableSourceFile(strapi, id, ctx.state.userAbility);
  const location = file ? localPathOf(strapi, file) : undefined;
  const size = location ? (await stat(location).catch(() => undefined))?.size : undefined;
  if (!file || !location || size === undefined) throw new errors.NotFoundError(`No source you may read has an archived copy with the id ${fileId} on this server`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.attachment(file.name);
  ctx.type = file.mime;
  ctx.length = size;
  ctx.body = createReadStream(location);
}
