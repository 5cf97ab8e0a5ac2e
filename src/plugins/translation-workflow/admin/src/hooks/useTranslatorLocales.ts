import * as React from 'react';
import { useAuth } from '@strapi/strapi/admin';
import type { WorkflowSettings } from '../../../shared/contracts';

const WRITES = ['plugin::content-manager.explorer.create', 'plugin::content-manager.explorer.update'];

interface Permission {
  action: string;
  subject?: string | null;
  properties?: { locales?: string[] | null };
}

/**
 * The locales the signed-in admin translates into: those in which she may create or update an
 * entry of a translated type (locales read as the i18n plugin does: null is every locale, none
 * listed is none), the interface language first. Someone who may write in none (a reader of
 * the queue) watches them all.
 */
export function useTranslatorLocales(settings: WorkflowSettings | null, interfaceLocale: string): string[] {
  const permissions = useAuth('useTranslatorLocales', (state) => state.permissions) as Permission[];
  return React.useMemo(() => {
    if (!settings) return [];
    const types = new Set(settings.types.map((type) => type.uid));
    const writes = permissions.filter((permission) => WRITES.includes(permission.action) && permission.subject && types.has(permission.subject));
    const localesOf = (permission: Permission) => (permission.properties?.locales === null ? settings.locales : (permission.properties?.locales ?? []));
    const mine = settings.locales.filter((locale) => writes.some((permission) => localesOf(permission).includes(locale)));
    const locales = mine.length > 0 ? mine : settings.locales;
    return [...locales].sort((a, b) => Number(b === interfaceLocale) - Number(a === interfaceLocale));
  }, [settings, permissions, interfaceLocale]);
}
