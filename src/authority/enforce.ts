import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentActor, currentRoute, describeActor, reportRefusal } from '@syria-cms/strapi-server-helpers';
import { translationSettings } from '../bootstrap/settings';
import { decide, type Write } from './decide';
import { grantsOf } from './model';

/**
 * Whether the current actor's grants for this write stop short of fields shared by every
 * language: only then must a create or update be compared with the stored document.
 */
export function limitsSharedFields(strapi: Core.Strapi, write: Omit<Write, 'fields'>): boolean {
  const anyShared = [{ name: '(a shared field)', localized: false }];
  return decide(grantsOf(currentActor(strapi), translationSettings(strapi)), { ...write, fields: anyShared }) !== null;
}

/**
 * Refuses a write the authority model does not grant to the current actor: a 403 naming the
 * action, the locales and the fields, and one structured log line (who, what, which document,
 * why) that the change history can collect. Nothing has been written when it throws.
 */
export function assertMayWrite(strapi: Core.Strapi, write: Write): void {
  const actor = currentActor(strapi);
  const refusal = decide(grantsOf(actor, translationSettings(strapi)), write);
  if (!refusal) return;

  const details = {
    action: write.action,
    uid: write.uid,
    documentId: write.documentId ?? null,
    locales: refusal.locales,
    fields: refusal.fields,
    reason: refusal.reason,
  };
  strapi.log.warn(`write refused ${JSON.stringify({ event: 'write.refused', actor: describeActor(actor), ...details })}`);
  reportRefusal(strapi, { at: new Date().toISOString(), actor: describeActor(actor), route: currentRoute(strapi), ...details });
  // A PolicyError, not a plain ForbiddenError: Strapi's route authorization turns the latter into a bare "Forbidden".
  throw new errors.PolicyError(`You ${refusal.reason}`, details);
}
