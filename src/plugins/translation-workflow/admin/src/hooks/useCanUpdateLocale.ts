import * as React from 'react';
import { useRBAC } from '@strapi/strapi/admin';

const ACTIONS = {
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
};

/**
 * Whether the signed-in user may create or update the content type's entries in a locale. The
 * i18n plugin's permission filter reads the locale from a query, so that of the locale in question
 * is given rather than the edit view's. The server checks again; this only spares a button that
 * would answer 403. Undefined while the permissions are being read.
 */
export function useCanWriteLocale(uid: string, locale: string, action: keyof typeof ACTIONS) {
  const permissions = React.useMemo(() => [{ action: ACTIONS[action], subject: uid }], [uid, action]);
  const { allowedActions, isLoading } = useRBAC(permissions, undefined, `?plugins[i18n][locale]=${encodeURIComponent(locale)}`);
  const allowed = action === 'create' ? allowedActions.canCreate : allowedActions.canUpdate;
  return isLoading ? undefined : Boolean(allowed);
}

export const useCanUpdateLocale = (uid: string, locale: string) => useCanWriteLocale(uid, locale, 'update');
