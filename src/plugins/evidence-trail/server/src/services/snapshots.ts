import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import {
  attributesOf,
  componentAttributes,
  fullPopulate,
  hasDraftAndPublish,
  labelFieldOf,
  queryOf,
  STRAPI_COLUMNS,
  type StoredRow,
} from '@syria-cms/strapi-server-helpers';
import type { FileValue, RelatedValue } from '../../../shared/contracts';
import type { Version } from '../diff';

type Attribute = Record<string, any>;

/**
 * Every version of a document (each locale's draft and published row) as the trail keeps it:
 * components without their row ids, related documents as documentId and label, files as id, name
 * and the SHA-256 of their content. Built from rows read whole (fullPopulate): the write's shared
 * read before it, one read after it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Files are never changed in place (a new upload is a new file), so a file's digest is kept by id.
  const digests = new Map<number, Promise<string | null>>();

  function digestOf(file: { id: number; url?: string; provider?: string }): Promise<string | null> {
    if (!digests.has(file.id)) {
      const read = file.provider === 'local' && file.url ? fs.readFile(path.join(strapi.dirs.static.public, file.url)) : Promise.reject(new Error('not local'));
      digests.set(
        file.id,
        read.then(
          (content) => createHash('sha256').update(content).digest('hex'),
          () => null // a file this server cannot read (a cloud provider, a missing file) is named without its digest
        )
      );
    }
    return digests.get(file.id)!;
  }

  async function valueOf(attribute: Attribute, value: any, depth: number): Promise<unknown> {
    if (value === null || value === undefined) return null;
    if (attribute.type === 'media') {
      const files = [value].flat() as { id: number; name: string; url?: string; provider?: string }[];
      const kept: (FileValue & { id: number })[] = await Promise.all(files.map(async (file) => ({ id: file.id, name: file.name, sha256: await digestOf(file) })));
      return attribute.multiple ? kept : (kept[0] ?? null);
    }
    if (attribute.type === 'relation') {
      const label = labelFieldOf(strapi, attribute.target);
      const related = (item: any): RelatedValue => ({ documentId: item.documentId, label: label ? (item[label] ?? null) : null });
      return Array.isArray(value) ? value.map(related) : related(value);
    }
    if (attribute.type === 'component' && depth < 2) {
      const one = (item: any) => fieldsOf(componentAttributes(strapi, attribute.component), item, depth + 1);
      return Array.isArray(value) ? Promise.all(value.map(one)) : one(value);
    }
    return value instanceof Date ? value.toISOString() : value;
  }

  async function fieldsOf(attributes: Record<string, Attribute>, row: any, depth: number): Promise<Record<string, unknown>> {
    const fields: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(attributes)) {
      // Derived text (a search index) and Strapi's own columns are not what anyone changed.
      if (STRAPI_COLUMNS.has(name) || attribute.visible === false) continue;
      fields[name] = await valueOf(attribute, row[name], depth);
    }
    return fields;
  }

  const service = {
    versionsFrom(uid: string, rows: StoredRow[]): Promise<Version[]> {
      const attributes = attributesOf(strapi, uid);
      const drafts = hasDraftAndPublish(strapi, uid);
      return Promise.all(
        rows.map(async (row) => ({
          locale: row.locale ?? null,
          version: drafts && row.publishedAt === null ? ('draft' as const) : ('published' as const),
          fields: await fieldsOf(attributes, row, 0),
        }))
      );
    },

    async versionsOf(uid: string, documentId: string): Promise<Version[]> {
      const rows = await queryOf(strapi, uid).findMany({ where: { documentId }, populate: fullPopulate(strapi, uid), orderBy: { id: 'asc' } });
      return service.versionsFrom(uid, rows as StoredRow[]);
    },
  };
  return service;
};
