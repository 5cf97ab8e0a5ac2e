import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocalized, isShared } from '@syria-cms/bilingual-text';
import { attributesOf, isDocumentWrite, type DocumentWrite, type DOCUMENT_WRITES, type WriteStep } from '@syria-cms/strapi-server-helpers';
import { isOurContentType } from '../uids';
import { changedSharedFields } from './changes';
import type { Write } from './decide';
import { assertMayWrite, limitsSharedFields } from './enforce';
import { WRITE_ACTIONS, type WriteAction } from './model';

type Params = { documentId?: string; locale?: string | string[]; status?: string; data?: Record<string, unknown> };

/**
 * Every write of our content types passes through the Document Service, whichever route it came
 * from (Content Manager, its clone and bulk actions, the REST API, imports, attaching an upload),
 * so the authority model is enforced here, first, before anything else reads or writes.
 */
export const authorityGuard =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    const params = ctx.params as Params;
    // A plugin's write of its own table (a link, a translation's state) names the model's action
    // itself; one the model does not know is refused like any write nobody was granted.
    if (!isDocumentWrite(ctx)) {
      const custom = ctx.action as string;
      if (!(WRITE_ACTIONS as readonly string[]).includes(custom)) throw new errors.PolicyError(`Unknown write action "${custom}"`, { action: custom, uid: ctx.uid });
      const locales = typeof params.locale === 'string' ? [params.locale] : [];
      assertMayWrite(strapi, { action: custom as WriteAction, uid: ctx.uid, documentId: params.documentId, locales, fields: [] });
      return next();
    }
    if (!isOurContentType(ctx.uid)) return next();
    // The Document Service's writes are named as the model's actions (the type says so).
    const action: WriteAction = ctx.action as (typeof DOCUMENT_WRITES)[number];
    const write = { action, uid: ctx.uid, documentId: params.documentId, locales: await localesOf(ctx) };
    // Which fields change is worth a read of the document only for an actor who may not change them all.
    const judgeFields = (action === 'create' || action === 'update') && limitsSharedFields(strapi, write);
    assertMayWrite(strapi, { ...write, fields: judgeFields ? await fieldsOf(strapi, ctx.uid, params) : [] });
    // Creating or saving with status=published publishes too (the REST API's way of publishing).
    if (params.status === 'published' && action !== 'clone') {
      assertMayWrite(strapi, { ...write, action: 'publish', fields: [] });
    }
    return next();
  };

/** No locale means the default one; `*` means every locale at once. */
async function localesOf(write: DocumentWrite): Promise<Write['locales']> {
  const { locale } = write.params as Params;
  if (locale === '*') return 'every';
  if (Array.isArray(locale)) return locale;
  return [await write.locale()];
}

/** The localized fields the write sets, and the shared fields it changes. */
async function fieldsOf(strapi: Core.Strapi, uid: string, params: Params): Promise<Write['fields']> {
  const attributes = attributesOf(strapi, uid);
  const data = requestedData(strapi, uid, params);
  const localized = Object.keys(data).filter((name) => isLocalized(attributes[name]));
  const shared = await changedSharedFields(strapi, uid, params.documentId, data);
  return [...localized.map((name) => ({ name, localized: true })), ...shared.map((name) => ({ name, localized: false }))];
}

/**
 * What the client asked to write. The Content Manager strips the fields a role may not write
 * before calling the Document Service, which would turn a refused change into a silent no-op; the
 * request body still holds them, so for a Content Manager write of this model they are judged too.
 */
function requestedData(strapi: Core.Strapi, uid: string, params: Params): Record<string, unknown> {
  const request = strapi.requestContext.get() as any;
  const fromContentManager = request?.state?.route?.info?.pluginName === 'content-manager' && request.params?.model === uid;
  const body = fromContentManager ? request.request?.body : undefined;
  const asked = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
  const attributes = attributesOf(strapi, uid);
  const ours = (name: string) => isLocalized(attributes[name]) || isShared(attributes[name]);
  return Object.fromEntries(Object.entries({ ...asked, ...(params.data ?? {}) }).filter(([name]) => ours(name)));
}
