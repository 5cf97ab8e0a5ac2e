import type { Core } from '@strapi/strapi';
import { uploadedFileName } from '../lib/upload-names';
import { isWithheldUpload } from '../server-shared/withheld-files';

/**
 * A confidential source may be a person in danger: its archived copy, and every format generated
 * from it, is never sent from /uploads, however the path is spelt, whoever asks (a copy sent under
 * an admin's token could be kept by a cache for everyone). It is answered as a missing file is (a
 * 404 with Strapi's error body and the same headers), so the answer does not confirm that the file
 * exists. Decided on every request, so a source that becomes confidential, or stops being, counts
 * at once.
 * Admins download it from /admin/archived-copies/:fileId, which no cache keeps.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    const fileName = ctx.method === 'GET' || ctx.method === 'HEAD' ? uploadedFileName(ctx.path) : undefined;
    if (fileName === undefined) return next();
    // Nothing is sent: strapi::errors answers the 404 of a missing file.
    if (await isWithheldUpload(strapi, fileName)) return;
    await next();
    // The /uploads route says it accepts ranges even of a missing file, which a withheld one must not be told from.
    if (ctx.status === 404) ctx.remove('Accept-Ranges');
  };
