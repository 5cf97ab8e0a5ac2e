import type { Core } from '@strapi/strapi';
import { ParameterReader } from '../../../lib/public-query';
import { requestedLocale } from '../../../server-shared/locales';
import { throwIfProblems } from '@syria-cms/strapi-server-helpers';
import { SEARCHED_TYPES, type SearchedType } from '../services/search';
import { getService } from '../../../services';

const MAX_QUERY_LENGTH = 200;

/** GET /api/search?q=…&locale=ar&types=article,incident&limit=10 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: any) {
    const reader = new ParameterReader(ctx.query);
    const q = reader.text('q');
    if (q === undefined && !('q' in ctx.query)) reader.problem('q', 'q is required: the words to search for');
    if (q && q.length > MAX_QUERY_LENGTH) reader.problem('q', `q is at most ${MAX_QUERY_LENGTH} characters long`);
    const types = reader.list('types') ?? [...SEARCHED_TYPES];
    const unknown = types.filter((type) => !(SEARCHED_TYPES as readonly string[]).includes(type));
    if (unknown.length > 0) reader.problem('types', `types must be among ${SEARCHED_TYPES.join(', ')}; got ${unknown.join(', ')}`);
    const limit = reader.integer('limit', { min: 1, max: 50 }) ?? 10;
    throwIfProblems(reader.problems);
    ctx.body = await getService('api::search.search')
      .search({ q: q!, locale: requestedLocale(strapi, ctx.query), types: types as SearchedType[], limit });
  },
});
