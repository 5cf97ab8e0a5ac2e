import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * GET /api/openapi.json: the documentation plugin's OpenAPI document as JSON, for code generators
 * and validators (the plugin itself serves it only inside its Swagger UI page).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async document(ctx: any) {
    const documentation = strapi.plugin('documentation').service('documentation');
    const file = path.join(documentation.getFullDocumentationPath(), documentation.getDocumentationVersion(), 'full_documentation.json');
    try {
      ctx.body = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      throw new errors.NotFoundError('The API documentation has not been generated yet');
    }
  },
});
