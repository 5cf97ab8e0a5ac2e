import type { Actor } from '@syria-cms/strapi-server-helpers';
import type { TranslationSettings } from '../bootstrap/settings';

export type { Actor };

/**
 * The write-authority model: who may change what, declared once. The document guard, the upload
 * guard, the incident linker and the admin roles' Content Manager permissions are all derived
 * from it; a write it does not grant is refused, whatever the route.
 *
 * Actions, in the words of the people who do them:
 * - create: a new document (in the locale it is written in);
 * - update: change a document in a locale, including adding its first text in that locale;
 * - delete, publish, unpublish, discardDraft: per locale, or every locale at once;
 * - clone: a new document copied from another, shared fields and all;
 * - attach: put an uploaded file in a media field (a cover, a source's archived copy);
 * - link: link an incident to an article or unlink it (links belong to no locale);
 * - confirm: mark a translation as still correct after another locale changed (its state, no text).
 */
export const WRITE_ACTIONS = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone', 'attach', 'link', 'confirm'] as const;
export type WriteAction = (typeof WRITE_ACTIONS)[number];

export interface Grant {
  actions: readonly WriteAction[];
  /** The content locales the actions may touch. */
  locales: 'every' | readonly string[];
  /** Which fields a create or update may set: all of them, or only those with one value per language. */
  fields: 'every' | 'localized';
}


const EVERYTHING: Grant = { actions: WRITE_ACTIONS, locales: 'every', fields: 'every' };

/** Role codes Strapi creates or this project defines, and what each may write. Unknown roles may write nothing. */
export function roleGrants(settings: TranslationSettings): Record<string, readonly Grant[]> {
  return {
    'strapi-super-admin': [EVERYTHING],
    'strapi-editor': [EVERYTHING],
    // Translators write the text of their own languages; anything shared by every language, and
    // anything that publishes, removes or multiplies documents, is an Editor's decision.
    ...Object.fromEntries(
      settings.translatorRoles.map((role) => [role.code, [{ actions: ['create', 'update', 'confirm'], locales: role.locales, fields: 'localized' }] as const])
    ),
  };
}

/**
 * API tokens are integrations: a full-access token is a trusted import or sync and may do what an
 * Editor may; read-only and custom tokens are for reading. Users of the public API (with or
 * without a users-permissions account) write nothing.
 */
export function grantsOf(actor: Actor, settings: TranslationSettings): readonly Grant[] {
  switch (actor.kind) {
    case 'server':
      return [EVERYTHING];
    case 'admin': {
      const byRole = roleGrants(settings);
      return actor.roles.flatMap((role) => byRole[role] ?? []);
    }
    case 'api-token':
      return actor.type === 'full-access' ? [EVERYTHING] : [];
    case 'anonymous':
      return [];
  }
}
