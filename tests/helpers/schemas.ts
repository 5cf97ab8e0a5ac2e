import fs from 'node:fs';
import path from 'node:path';
import { MEDIA } from '../../src/public-api/contract';
import type { Attribute } from '../../src/public-api/schema';

/**
 * The app's content-type and component schemas as Strapi completes them (timestamps, locale,
 * localizations), read from their JSON files: the public contract's pure checks run against
 * the real model without booting Strapi.
 */
export function appSchemas(): Record<string, Record<string, Attribute>> {
  const root = path.join(__dirname, '..', '..', 'src');
  const schemas: Record<string, Record<string, Attribute>> = {};
  for (const api of fs.readdirSync(path.join(root, 'api'))) {
    const dir = path.join(root, 'api', api, 'content-types', api);
    if (!fs.existsSync(dir)) continue;
    const { attributes } = JSON.parse(fs.readFileSync(path.join(dir, 'schema.json'), 'utf8'));
    schemas[`api::${api}.${api}`] = {
      ...attributes,
      createdAt: { type: 'datetime' },
      updatedAt: { type: 'datetime' },
      publishedAt: { type: 'datetime' },
      createdBy: { type: 'relation', target: 'admin::user' },
      locale: { type: 'string' },
      localizations: { type: 'relation', target: `api::${api}.${api}` },
    };
  }
  for (const file of fs.readdirSync(path.join(root, 'components', 'incident'))) {
    schemas[`incident.${file.replace('.json', '')}`] = JSON.parse(fs.readFileSync(path.join(root, 'components', 'incident', file), 'utf8')).attributes;
  }
  const media: [string, Attribute][] = [
    ...['name', 'alternativeText', 'caption', 'hash', 'ext', 'mime', 'url', 'provider'].map((name): [string, Attribute] => [name, { type: 'string' }]),
    ...['width', 'height'].map((name): [string, Attribute] => [name, { type: 'integer' }]),
    ['size', { type: 'decimal' }],
    ['formats', { type: 'json' }],
    ['provider_metadata', { type: 'json' }],
  ];
  schemas[MEDIA] = Object.fromEntries(media);
  return schemas;
}
