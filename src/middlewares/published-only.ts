import type { Core } from '@strapi/strapi';
import { isContentApiRead } from '../server-shared/content-api';

/**
 * Plain Strapi serves drafts to anyone with `find` permission who asks for `status=draft`. The
 * content API is public, so its reads serve published content only: the draft-selecting parameters
 * are refused with a 400 rather than silently ignored, so a site that asks for drafts learns why it
 * gets none. Editors preview drafts in the admin panel. Writes (which need a token) keep `status`:
 * it is how an import creates a draft instead of publishing.
 */
const DRAFT_PARAMETERS = ['status', 'publicationState'];

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    if (isContentApiRead(strapi, ctx)) {
      const query = ctx.query ?? {};
      for (const name of DRAFT_PARAMETERS) {
        if (name in query && !(name === 'status' && query.status === 'published')) {
          ctx.status = 400;
          ctx.body = {
            data: null,
            error: {
              status: 400,
              name: 'ValidationError',
              message: `Invalid parameter ${name}: the public API serves published content only`,
              details: { errors: [{ path: [name], message: 'only published content is served', name: 'ValidationError' }] },
            },
          };
          return;
        }
      }
    }
    return next();
  };
