import type { Core } from '@strapi/strapi';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { canReadEntries, performWrite } from '@syria-cms/strapi-server-helpers';
import { STATUSES } from '../../../shared/constants';
import type { WorkflowSettings } from '../../../shared/contracts';
import { STATE } from '../constants';
import { getService } from '../utils';

const locale = yup.string().matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'locale must be a locale code such as en or ar');

const validateQueueQuery = validateYupSchema(
  yup.object({
    locale: locale.required(),
    type: yup.string().max(120),
    status: yup.mixed().oneOf([...STATUSES, '']),
    q: yup.string().trim().max(200),
    sort: yup.mixed().oneOf(['oldest', 'newest']).default('oldest'),
    page: yup.number().integer().min(1).max(10000).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(25),
  }).noUnknown(),
  { strict: false }
);

const validateLocaleParam = validateYupSchema(yup.object({ locale: locale.required() }), { strict: false });

/** The admin panel's API for the queue and the status panel: thin handlers over the services. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const requireTranslatedType = (uid: string) => {
    if (!getService('models').isTranslated(uid)) throw new errors.NotFoundError(`${uid} is not a translated content type`);
  };

  const localeStatuses = async (uid: string, documentId: string) =>
    (await strapi.db.query(STATE).findMany({ where: { contentType: uid, targetDocumentId: documentId }, orderBy: { locale: 'asc' } })).map((row: any) => ({
      locale: row.locale,
      status: row.status,
      sourceLocale: row.sourceLocale,
      changedFields: row.changedFields ?? [],
      updatedAt: row.contentUpdatedAt,
    }));

  return {
    /** What the panels need of the app's choices: the locales, and the translated types with their names. */
    async settings(ctx: any) {
      const models = getService('models');
      const settings: WorkflowSettings = {
        locales: models.configuredLocales(),
        types: models.translatedTypes().map((uid) => ({ uid, displayName: models.displayName(uid) })),
      };
      ctx.body = { data: settings };
    },

    async queue(ctx: any) {
      const query = await validateQueueQuery(ctx.query);
      if (query.type) requireTranslatedType(query.type);
      // Only what the reader may read in the Content Manager, in that locale: titles are content.
      const readableTypes = getService('models')
        .translatedTypes()
        .filter((uid) => canReadEntries(strapi, ctx.state.userAbility, uid, { locale: query.locale }));
      ctx.body = await getService('queue').list({ ...query, readableTypes, type: query.type || undefined, status: query.status || undefined } as any);
    },

    async status(ctx: any) {
      const { uid, documentId } = ctx.params;
      requireTranslatedType(uid);
      const rows = await localeStatuses(uid, documentId);
      if (rows.length === 0) throw new errors.NotFoundError(`No ${uid} with documentId ${documentId}`);
      ctx.body = { data: rows };
    },

    /** The translator's desk: the source text of a translation, as far as the person may read it. */
    async sourceText(ctx: any) {
      const { uid, documentId } = ctx.params;
      requireTranslatedType(uid);
      const { locale: target } = await validateLocaleParam({ locale: ctx.params.locale });
      ctx.body = { data: await getService('desk').sourceText(uid, documentId, target, ctx.state.userAbility) };
    },

    /**
     * "Still correct": a `confirm` write of the entry in that locale, which passes the app's write
     * steps (who may confirm a translation, the change history) like a document's would.
     */
    async stillCorrect(ctx: any) {
      const { uid, documentId, locale: target } = ctx.params;
      requireTranslatedType(uid);
      await performWrite(strapi, { uid, action: 'confirm', params: { documentId, locale: target } }, async () => {
        if (!(await getService('states').fieldsOf(uid, documentId, target))) throw new errors.NotFoundError(`No ${target} entry of ${documentId}`);
        await getService('states').refresh(uid, documentId, { kind: 'confirm', locale: target });
      });
      ctx.body = { data: (await localeStatuses(uid, documentId)).find((row: any) => row.locale === target) };
    },
  };
};
