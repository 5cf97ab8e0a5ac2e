import { useRBAC } from '@strapi/strapi/admin';
import { ACTIONS } from '../../../shared/constants';

// Module-level so useRBAC sees the same list on every render and checks it once.
const PERMISSIONS = [
  { action: ACTIONS.read.action, subject: null },
  { action: ACTIONS.manage.action, subject: null },
];

/**
 * What the signed-in user may do: see links (read) and change them (manage). The server enforces
 * both; this only spares a reader controls that would answer 403.
 */
export function useLinkerPermissions() {
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS);
  return { isLoading, canRead: Boolean(allowedActions.canRead), canManage: Boolean(allowedActions.canManage) };
}
