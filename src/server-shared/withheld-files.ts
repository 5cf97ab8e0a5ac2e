import type { Core } from '@strapi/strapi';
import { CONFIDENTIAL_SOURCES, withheldMediaFields } from '../lib/confidential';
import { hashCandidates } from '../lib/upload-names';
import { attributesOf } from '../schema';
import { SOURCE } from '../uids';

/** Source rows holding a file that matches `file` in one of the fields a confidential source withholds. */
const holding = (strapi: Core.Strapi, file: Record<string, unknown>) => ({
  $or: withheldMediaFields(attributesOf(strapi, SOURCE)).map((field) => ({ [field]: file })),
});

/**
 * Whether the stored file of this name under /uploads (an original or one of its formats) is
 * withheld by a confidential source, in any language. One query, run on every request: a source
 * that becomes confidential, or stops being, counts from its next request on.
 */
export async function isWithheldUpload(strapi: Core.Strapi, fileName: string): Promise<boolean> {
  const holder = await strapi.db.query(SOURCE).findOne({
    select: ['id'],
    where: { $and: [CONFIDENTIAL_SOURCES, holding(strapi, { hash: { $eqi: hashCandidates(fileName) } })] },
  });
  return holder !== null;
}
