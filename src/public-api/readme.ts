import { PUBLIC_ROUTES, type ParameterContract } from './contract';
import { OPERATOR_SETS, VALUE_TYPES } from './query-guard';
import { fieldsWith, type ContractModels, type PublicField } from './schema';

/**
 * The README's statement of the public contract, written from the declaration itself, so the
 * documentation cannot promise more or less than the server does (a unit test compares them).
 */
export function contractMarkdown(settings: ContractModels): string {
  const lines = ['| type | read | filter | sort | populate |', '|---|---|---|---|---|'];
  for (const uid of Object.keys(settings.models)) {
    const named = (fields: PublicField[]) => fields.map((field) => field.name).join(', ') || '—';
    const filters = fieldsWith(settings, uid, 'filter')
      .map((field) => (field.kind === 'nested' ? `${field.name} (→ ${field.target})` : `${field.name}${markOf(field)}`))
      .join(', ');
    const withheld = settings.models[uid].withheld;
    const read = named(fieldsWith(settings, uid, 'read')) + (withheld ? `; where ${withheld.when}: ${withheld.shows.join(', ')} only` : '');
    lines.push(`| \`${uid}\` | ${read} | ${filters || '—'} | ${named(fieldsWith(settings, uid, 'sort'))} | ${named(fieldsWith(settings, uid, 'populate'))} |`);
  }
  lines.push('', '| route | parameters |', '|---|---|');
  for (const route of PUBLIC_ROUTES) {
    const parameters = route.parameters.map(describe).join(', ') || '—';
    lines.push(`| \`GET /api${route.path}\` | ${parameters}${route.sortAliases ? `; sort also ${route.sortAliases.join(', ')}` : ''} |`);
  }
  lines.push('', `Operators: ${OPERATOR_LEGEND}; and $and, $or (lists of conditions), $not.`);
  return lines.join('\n');
}

/** Operators are named by set, spelt out once below the table. */
const MARKS: Record<keyof typeof OPERATOR_SETS, string> = { text: 'ᵗ', ordered: 'ᵒ', choice: 'ᶜ' };
const markOf = (field: PublicField) => {
  const operators = VALUE_TYPES[field.attribute.type]?.operators;
  const set = (Object.keys(OPERATOR_SETS) as (keyof typeof OPERATOR_SETS)[]).find((name) => OPERATOR_SETS[name] === operators);
  return set ? MARKS[set] : '';
};
const OPERATOR_LEGEND = (Object.keys(MARKS) as (keyof typeof OPERATOR_SETS)[]).map((name) => `${MARKS[name]} ${OPERATOR_SETS[name].join(' ')}`).join('; ');

const describe = ({ name, spec }: ParameterContract) => {
  if (spec.form === 'text' && spec.values) return `\`${name}\` (${spec.values.join(' / ')}${spec.required ? ', required' : ''})`;
  if (spec.form === 'integer') return `\`${name}\` (${spec.min}–${spec.max})`;
  return `\`${name}\`${spec.form === 'text' && spec.required ? ' (required)' : ''}`;
};
