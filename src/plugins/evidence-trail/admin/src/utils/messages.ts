import type { IntlShape, MessageDescriptor } from 'react-intl';
import type { ActorDescription } from '../../../shared/contracts';
import { getTranslation } from './getTranslation';

/** What each recorded action reads as; an action the server adds later shows its own name until translated. */
const ACTION_MESSAGES: Record<string, MessageDescriptor> = {
  create: { id: getTranslation('action.create'), defaultMessage: 'Created' },
  update: { id: getTranslation('action.update'), defaultMessage: 'Edited' },
  publish: { id: getTranslation('action.publish'), defaultMessage: 'Published' },
  unpublish: { id: getTranslation('action.unpublish'), defaultMessage: 'Unpublished' },
  discardDraft: { id: getTranslation('action.discardDraft'), defaultMessage: 'Draft discarded' },
  delete: { id: getTranslation('action.delete'), defaultMessage: 'Deleted' },
  clone: { id: getTranslation('action.clone'), defaultMessage: 'Duplicated' },
  link: { id: getTranslation('action.link'), defaultMessage: 'Linked' },
  unlink: { id: getTranslation('action.unlink'), defaultMessage: 'Unlinked' },
  relink: { id: getTranslation('action.relink'), defaultMessage: 'Link changed' },
  restore: { id: getTranslation('action.restore'), defaultMessage: 'Restored' },
  attach: { id: getTranslation('action.attach'), defaultMessage: 'File attached' },
};

export const actionMessage = (action: string): MessageDescriptor => ACTION_MESSAGES[action] ?? { id: getTranslation(`action.${action}`), defaultMessage: action };

/**
 * What a refused write tried to do: the same actions, as attempts ("Edit", not "Edited"), since
 * none of them happened.
 */
const ATTEMPT_MESSAGES: Record<string, MessageDescriptor> = {
  create: { id: getTranslation('attempt.create'), defaultMessage: 'Create' },
  update: { id: getTranslation('attempt.update'), defaultMessage: 'Edit' },
  publish: { id: getTranslation('attempt.publish'), defaultMessage: 'Publish' },
  unpublish: { id: getTranslation('attempt.unpublish'), defaultMessage: 'Unpublish' },
  discardDraft: { id: getTranslation('attempt.discardDraft'), defaultMessage: 'Discard the draft' },
  delete: { id: getTranslation('attempt.delete'), defaultMessage: 'Delete' },
  clone: { id: getTranslation('attempt.clone'), defaultMessage: 'Duplicate' },
  link: { id: getTranslation('attempt.link'), defaultMessage: 'Link' },
  unlink: { id: getTranslation('attempt.unlink'), defaultMessage: 'Unlink' },
  relink: { id: getTranslation('attempt.relink'), defaultMessage: 'Change a link' },
  restore: { id: getTranslation('attempt.restore'), defaultMessage: 'Restore' },
  attach: { id: getTranslation('attempt.attach'), defaultMessage: 'Attach a file' },
};

export const attemptMessage = (action: string): MessageDescriptor => ATTEMPT_MESSAGES[action] ?? { id: getTranslation(`attempt.${action}`), defaultMessage: action };

/** Who made a change, as a reader of the history knows them: an email, or the kind of caller. */
export function describeActor({ formatMessage }: IntlShape, actor: ActorDescription): string {
  if (actor.kind === 'admin' && 'email' in actor) return actor.email;
  if (actor.kind === 'api-token') return formatMessage({ id: getTranslation('actor.api-token'), defaultMessage: 'API token' });
  return formatMessage({ id: getTranslation('actor.server'), defaultMessage: 'Server' });
}

/** When, to the minute, in the reader's time zone: the order of events matters more than the day alone. */
export const formatWhen = ({ formatDate }: IntlShape, at: string) => formatDate(new Date(at), { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A content type's name in the interface language: `type.<singular name>` in the translation
 * files, which the app fills for its types; its display name until then.
 */
export const typeMessage = (uid: string, displayName: string): MessageDescriptor => ({
  id: getTranslation(`type.${uid.split('.').pop()}`),
  defaultMessage: displayName,
});
