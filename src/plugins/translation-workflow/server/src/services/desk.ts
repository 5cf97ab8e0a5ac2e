import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { editableVersion, queryOf } from '@syria-cms/strapi-server-helpers';
import type { SourceText } from '../../../shared/contracts';
import { STATE } from '../constants';
import { deskSourceLocale, sourceFields, type WrittenLocale } from '../desk';
import { getService } from '../utils';

/**
 * The translator's desk: the text a translation is made from, beside its form. It is read only as
 * far as the person may read that entry in the Content Manager (the role's languages, conditions
 * and fields), so it shows nothing the source's own edit view would not.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** What the translation of a document in `locale` is translated from; null when that locale is the original, up to date. */
  async sourceText(uid: string, documentId: string, locale: string, userAbility: unknown): Promise<SourceText | null> {
    const models = getService('models');
    const configured = models.configuredLocales();
    if (!configured.includes(locale)) throw new errors.NotFoundError(`${locale} is not a translated locale`);

    const written: WrittenLocale[] = await queryOf(strapi, uid).findMany({
      where: { documentId, locale: { $in: configured } },
      select: ['locale', 'createdAt'],
    });
    if (written.length === 0) throw new errors.NotFoundError(`No ${uid} with documentId ${documentId}`);
    const state = await strapi.db.query(STATE).findOne({ where: { contentType: uid, targetDocumentId: documentId, locale } });
    const sourceLocale = deskSourceLocale(locale, state, written, configured);
    if (!sourceLocale) return null;

    const fields = models.writtenFields(uid);
    const source = await queryOf(strapi, uid).findOne({
      where: { documentId, locale: sourceLocale, ...editableVersion(strapi, uid) },
      select: ['id', 'locale', ...fields],
      // Read conditions may name the entry's author (an Author reads only what they created).
      populate: { createdBy: { select: ['id'] } },
    });
    if (!source) throw new errors.NotFoundError(`No ${sourceLocale} entry of ${documentId}`);

    const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });
    if (checker.cannot.read(source)) throw new errors.ForbiddenError(`You may not read the ${sourceLocale} entry of ${documentId}`);
    const readable = fields.filter((field) => checker.can.read(source, field));
    const changes = state?.status === 'outdated' ? (state.changedFields ?? []) : [];
    return { locale, status: state?.status ?? 'missing', sourceLocale, fields: sourceFields(readable, source, changes) };
  },
});
