import type { TranslationSettings } from '../bootstrap/settings';
import { grantsOf, roleGrants, WRITE_ACTIONS, type Actor, type Grant, type WriteAction } from './model';

/**
 * The README's table of who may change what, written from the model itself so that the
 * documentation cannot grant more or less than the server does (a unit test compares them).
 */
export function authorityMarkdown(settings: TranslationSettings): string {
  const rows: [string, readonly Grant[]][] = [
    ...Object.entries(roleGrants(settings)).map(([code, grants]) => [`admin role \`${code}\``, grants] as [string, readonly Grant[]]),
    ['any other admin role (Strapi’s Author, roles made in the panel)', grantsOf({ kind: 'admin', id: 0, email: '', roles: [] }, settings)],
    ['full-access API token (imports, trusted integrations)', grantsOf(token('full-access'), settings)],
    ['read-only or custom API token', grantsOf(token('read-only'), settings)],
    ['public API (anonymous, or a users-permissions account)', grantsOf({ kind: 'anonymous' }, settings)],
    ['the server’s own code (bootstrap, scripts, command-line imports)', grantsOf({ kind: 'server' }, settings)],
  ];
  const lines = [`| who | ${WRITE_ACTIONS.join(' | ')} |`, `|---|${WRITE_ACTIONS.map(() => '---').join('|')}|`];
  for (const [who, grants] of rows) lines.push(`| ${who} | ${WRITE_ACTIONS.map((action) => cell(grants, action)).join(' | ')} |`);
  lines.push('', 'all: every locale and every field; a locale list: only those locales; localized: only fields with one value per language (never shared ones); —: refused.');
  return lines.join('\n');
}

const token = (type: string): Actor => ({ kind: 'api-token', id: 0, type });

function cell(grants: readonly Grant[], action: WriteAction): string {
  const granted = grants.filter((grant) => grant.actions.includes(action));
  if (granted.length === 0) return '—';
  return granted
    .map((grant) => {
      const locales = grant.locales === 'every' ? '' : grant.locales.join(', ');
      const fields = grant.fields === 'localized' && (action === 'create' || action === 'update' || action === 'attach') ? 'localized' : '';
      return [locales, fields].filter(Boolean).join(', ') || 'all';
    })
    .join('; ');
}
