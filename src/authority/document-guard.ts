import type { Core } from '@strapi/strapi';
import { attributesOf, isLocalized, isShared } from '../schema';
import { isOurContentType } from '../uids';
import { changedSharedFields } from './changes';
import type { Write } from './decide';
import { assertMayWrite, limitsSharedFields } from './enforce';
import type { WriteAction } from './model';
import type { DOCUMENT_WRITES, DocumentWrite, WriteStep } from '../server-shared/document-writes';

type Params = { documentId?: string; locale?: string | string[]; status?: string; data?: Record<string, unknown> };

/**
 * Every write of our content types passes through the Document Service, whichever route it came
 * from (Content Manager, its clone and bulk actions, the REST API, imports, attaching an upload),
 * so the authority model is enforced here, first, before anything else reads or writes.
 */
export const authorityGuard =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    if (!isOurContentType(ctx.uid)) return next();
    // Steps run on the Document Service's writes only, whose names are the model's (the type says so).
    const action: WriteAction = ctx.action as (typeof DOCUMENT_WRITES)[number];
    const params = ctx.params as Params;
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
