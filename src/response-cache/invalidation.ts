import type { Core } from '@strapi/strapi';
import { hasDraftAndPublish } from '@syria-cms/strapi-server-helpers';
import { afterCommit } from '../lib/after-commit';
import { responseStoreOf } from '.';

/**
 * Models whose rows never reach a public response: the admin panel's own, our plugins' private
 * records (the evidence trail, translation states) and releases (which publish through the
 * Document Service, invalidating then). Any other model's write is taken to change
 * public responses: a model added later invalidates until it is listed here. When in doubt, invalidate.
 */
const PRIVATE_MODELS = [/^admin::/, /^plugin::evidence-trail\./, /^plugin::translation-workflow\./, /^plugin::content-releases\./];

/**
 * Strapi's key-value store (core-store) holds settings that shape public answers (the default
 * locale, the public role's grants, the media formats) beside bookkeeping that never reaches one:
 * usage metrics written by a weekly cron, the admin panel's layouts and notices. Writes to these
 * keys invalidate nothing; a write to any other key invalidates, unless it leaves the value as it
 * was: every start saves some settings again unchanged (the content types' schemas, the
 * users-permissions grants), and would otherwise empty every instance's cache.
 */
const CORE_STORE = 'strapi::core-store';
const PRIVATE_STORE_KEYS = [
  /^plugin_upload_(metrics|media_library_default_notice|view_configuration|api-folder)$/,
  /^plugin_content_manager_configuration_/,
  /^core_admin_/,
];

const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

/**
 * Makes the public response cache stale after every write that can change a public response, at
 * the lowest layer every write passes through: the Query Engine's lifecycles, which the Document
 * Service, the plugins, the importer and the admin panel's own writes (media, locales, public
 * permissions) all reach. A write in a transaction invalidates after the outermost transaction has
 * committed and before it returns (src/lib/after-commit.ts): invalidating earlier would let a
 * concurrent read save what it read before the commit under the new generation. A draft's save
 * changes nothing public and invalidates nothing; so do components (their owner's row says whether
 * the write is public).
 */
export function invalidateOnPublicWrites(strapi: Core.Strapi) {
  // One function for every write: a transaction's writes invalidate once, after its commit.
  const invalidate = async () => {
    await responseStoreOf(strapi)?.invalidate();
  };
  strapi.db.lifecycles.subscribe(async (event: any) => {
    if (event.model.uid === CORE_STORE && event.action === 'beforeUpdate') return noteStoredValues(strapi, event);
    if (WRITES.has(event.action) && changesPublicResponses(strapi, event)) await afterCommit(strapi, invalidate);
  });
}

function changesPublicResponses(strapi: Core.Strapi, event: any): boolean {
  const { model, action, result, params } = event;
  const uid: string = model.uid;
  if (PRIVATE_MODELS.some((pattern) => pattern.test(uid))) return false;
  if (uid === CORE_STORE) return !isPrivateStoreKey(action.endsWith('Many') ? params?.where?.key : result?.key) && !leftAsItWas(event);
  const schema = strapi.getModel(uid as any) as any;
  if (schema?.modelType === 'component') return false;
  if (!schema || !hasDraftAndPublish(strapi, uid)) return true;
  // Drafts: a row known to be a draft, or rows chosen as drafts.
  if (action.endsWith('Many')) return !isDraftsOnly(params?.where);
  return !(result && 'publishedAt' in result && result.publishedAt === null);
}

/** Before a core-store row is updated, its value as it is, for the update's after event to compare with. */
async function noteStoredValues(strapi: Core.Strapi, event: any) {
  const rows = await strapi.db.query(CORE_STORE).findMany({ where: event.params.where, select: ['key', 'value', 'type'] });
  event.state.storedBefore = rows;
}

/** Whether a core-store update wrote the one row it was given with the value and type it already held. */
function leftAsItWas({ action, state, result }: any): boolean {
  const [before, ...others] = state?.storedBefore ?? [];
  return Boolean(action === 'afterUpdate' && before && others.length === 0 && result && before.key === result.key && before.value === result.value && before.type === result.type);
}

const isPrivateStoreKey = (key: unknown) => typeof key === 'string' && PRIVATE_STORE_KEYS.some((pattern) => pattern.test(key));

const isDraftsOnly = (where: any) => where?.publishedAt === null || where?.publishedAt?.$null === true;
