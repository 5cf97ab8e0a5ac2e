import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attributesOf, canReadEntries } from '@syria-cms/strapi-server-helpers';
import { publicField, type ContractModels } from '../../public-api/schema';
import { contractModels } from '../../public-api/settings';
import { ARABIC_LOCALE, languageColumns, MAIN_LOCALE, type ExchangeLanguage } from '../languages';
import { NATIVE_COLUMNS, nativeCells, type NativeCell, type NativeColumn } from '../native-columns';

/**
 * Who a file is for: the public (what the public read contract publishes), an admin (what their
 * role may read in the Content Manager), or the server's own command line (everything).
 */
export type Audience = { kind: 'public' } | { kind: 'editor'; userAbility: unknown } | { kind: 'server' };

/** The columns a file for this audience has, in the native layout's order. */
export function exportedCells(strapi: Core.Strapi, uid: string, language: ExchangeLanguage, audience: Audience): NativeCell[] {
  const cells = nativeCells(NATIVE_COLUMNS[uid], languageColumns(language));
  if (audience.kind === 'server') return cells;
  if (audience.kind === 'public') {
    const models = contractModels(strapi);
    return cells.filter((cell) => isPublicColumn(models, uid, cell.column));
  }
  const mayRead = (cell: NativeCell, field?: string) =>
    localesOf(cell, language).some((locale) => canReadEntries(strapi, audience.userAbility, uid, { locale, field }));
  if (!cells.some((cell) => mayRead(cell))) throw new errors.ForbiddenError(`You may not read ${strapi.contentType(uid as UID.ContentType).info.pluralName} in this language`);
  return cells.filter((cell) => mayRead(cell) && permissionFields(strapi, uid, cell.column).every((field) => mayRead(cell, field)));
}

/** A localized column is read in its language; a shared one in either language the file has. */
function localesOf(cell: NativeCell, language: ExchangeLanguage): string[] {
  if (cell.arabic) return [ARABIC_LOCALE];
  if (cell.column.localized) return [MAIN_LOCALE];
  const { main, arabic } = languageColumns(language);
  return [...(main ? [MAIN_LOCALE] : []), ...(arabic ? [ARABIC_LOCALE] : [])];
}

/**
 * The Content Manager's field permissions a column reads: none for the document's id and status
 * (reading the entry is enough), every field of a component it writes whole (a role's permission
 * names `perpetrators.actor`, never `perpetrators`), else the column's own field.
 */
function permissionFields(strapi: Core.Strapi, uid: string, column: NativeColumn): string[] {
  if (column.kind === 'document-id' || column.kind === 'status') return [];
  const attribute = attributesOf(strapi, uid)[column.field] as { type?: string; component?: string } | undefined;
  if (attribute?.type !== 'component') return [column.field];
  return Object.keys(strapi.components[attribute.component as keyof typeof strapi.components].attributes).map((name) => `${column.field}.${name}`);
}

/** Whether the public contract publishes what a column holds (a field inside a component: both). */
export function isPublicColumn(models: ContractModels, uid: string, column: NativeColumn): boolean {
  const [name, inner] = column.field.split('.');
  const field = publicField(models, uid, name);
  if (!field) return false;
  if (field.kind === 'scalar') return inner === undefined && field.capabilities.includes('read');
  if (!field.capabilities.includes('populate')) return false;
  return inner === undefined || (publicField(models, field.target, inner)?.capabilities.includes('read') ?? false);
}
