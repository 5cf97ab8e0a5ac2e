import type { Core } from '@strapi/strapi';
import { hashCandidates } from '../lib/upload-names';
import { withheldMediaFields, withholdingRows } from '../public-api/schema';
import { contractModels } from '../public-api/settings';
import { SOURCE } from '../uids';

const UPLOAD_FILE = 'plugin::upload.file';

/** Source rows holding a file that matches `file` in one of `fields`. */
const holding = (fields: string[], file: Record<string, unknown>) => ({ $or: fields.map((field) => ({ [field]: file })) });

/**
 * Whether the stored file of this name under /uploads (an original or one of its formats) is
 * withheld by a confidential source, in any language. One query, run on every request: a source
 * that becomes confidential, or stops being, counts from its next request on.
 */
export async function isWithheldUpload(strapi: Core.Strapi, fileName: string): Promise<boolean> {
  const models = contractModels(strapi);
  const holder = await strapi.db.query(SOURCE).findOne({
    select: ['id'],
    where: { $and: [withholdingRows(models, SOURCE), holding(withheldMediaFields(models, SOURCE), { hash: { $eqi: hashCandidates(fileName) } })] },
  });
  return holder !== null;
}

/**
 * The file of this id if a source holds it in a withheld field (confidential or not) and the admin
 * may read that field of that source in the content manager, with its conditions (an Author reads
 * only the sources they created) and languages; null otherwise.
 */
export async function findReadableSourceFile(strapi: Core.Strapi, fileId: number, userAbility: unknown) {
  const fields = withheldMediaFields(contractModels(strapi), SOURCE);
  const holders = await strapi.db.query(SOURCE).findMany({
    select: ['id', 'locale'],
    where: holding(fields, { id: fileId }),
    populate: { createdBy: { select: ['id'] }, ...Object.fromEntries(fields.map((field) => [field, { select: ['id'] }])) },
  });
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: SOURCE });
  const readable = holders.some((holder: any) => fields.some((field) => holder[field]?.id === fileId && checker.can.read(holder, field)));
  return readable ? strapi.db.query(UPLOAD_FILE).findOne({ where: { id: fileId } }) : null;
}
