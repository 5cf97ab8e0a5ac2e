import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attributesOf, documentsOf, hasDraftAndPublish } from '@syria-cms/strapi-server-helpers';
import type { FieldChange } from '../../../shared/contracts';
import { valuesAsOf } from '../diff';
import { getService } from '../utils';
import { restoring } from './recorder';

/** What the Document Service takes for a value the trail kept: documentIds for relations, ids for files. */
function writable(attribute: Record<string, any> | undefined, value: unknown): unknown {
  if (value === null || value === undefined || !attribute) return value ?? null;
  if (attribute.type === 'relation') return [value].flat().map((related: any) => related.documentId);
  if (attribute.type === 'media') return Array.isArray(value) ? value.map((file: any) => file.id) : (value as any).id;
  return value;
}

/**
 * "Restore this version": the entry's locale of the document made as it was right after the
 * entry, by writing back every field a later change touched. The write goes through the Document
 * Service, so the app's rules apply to it (who may change what) and the trail records it as a
 * restore of that entry.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async restore(uid: string, documentId: string, seq: number) {
    const trail = getService('trail');
    const entry = await trail.entry(seq);
    if (!entry || entry.documentId !== documentId || entry.uid !== uid || entry.kind !== 'change') {
      throw new errors.NotFoundError(`No change ${seq} in the history of ${documentId}`);
    }
    const locale = entry.locale;
    const version = hasDraftAndPublish(strapi, uid) ? 'draft' : 'published';
    const later = (await trail.changesAfter(documentId, seq)).map((later) => {
      const changes = later.changes as FieldChange[] | { fields: FieldChange[] };
      return Array.isArray(changes) ? changes : changes.fields;
    });
    const attributes = attributesOf(strapi, uid);
    const values = valuesAsOf(later, locale, version);
    const data = Object.fromEntries(Object.entries(values).filter(([field]) => field in attributes).map(([field, value]) => [field, writable(attributes[field], value)]));
    // Named before the write: the write steps add derived fields to the data they are given.
    const changed = Object.keys(data);
    if (changed.length > 0) await restoring.run({ seq }, () => documentsOf(strapi, uid).update({ documentId, ...(locale ? { locale } : {}), data } as any));
    return { restored: seq, changed };
  },
});
