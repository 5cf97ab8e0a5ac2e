import { factories } from '@strapi/strapi';
import { ARTICLE } from '../../../uids';

/** Articles list newest first by dateline unless the site sorts otherwise. */
export default factories.createCoreController(ARTICLE, () => ({
  async find(ctx) {
    const query = ctx.query as Record<string, any>;
    query.sort = query.sort ?? [{ dateline: 'desc' }, { id: 'desc' }];
    return super.find(ctx);
  },
}));
