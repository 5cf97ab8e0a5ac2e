import * as React from 'react';
import { useRBAC } from '@strapi/strapi/admin';

const UPDATE = 'plugin::content-manager.explorer.update';

/**
 * Whether the signed-in user may update the content type's entries in a locale. The i18n plugin's
 * permission filter reads the locale from a query, so that of the locale in question is given
 * rather than the edit view's. The server checks again; this only spares a button that would
 * answer 403.
 */
export function useCanUpdateLocale(uid: string, locale: string) {
  const permissions = React.useMemo(() => [{ action: UPDATE, subject: uid }], [uid]);
  const { allowedActions, isLoading } = useRBAC(permissions, undefined, `?plugins[i18n][locale]=${encodeURIComponent(locale)}`);
  return !isLoading && Boolean(allowedActions.canUpdate);
}
