import { fieldError, type FieldError } from './field-error';
import { isCalendarDate } from './public-query';

/** The part of a content-type or component schema the check reads. */
export interface Model {
  attributes: Record<string, { type: string; target?: string; component?: string }>;
}
export type ModelOf = (uid: string) => Model | undefined;

const CHECKS: Record<string, { valid: (value: string) => boolean; expected: string }> = {
  date: { valid: isCalendarDate, expected: 'a date in the form YYYY-MM-DD' },
  datetime: { valid: (value) => !Number.isNaN(Date.parse(value)), expected: 'a date and time (ISO 8601)' },
  integer: { valid: (value) => /^-?\d+$/.test(value), expected: 'a whole number' },
  biginteger: { valid: (value) => /^-?\d+$/.test(value), expected: 'a whole number' },
  float: { valid: (value) => value.trim() !== '' && Number.isFinite(Number(value)), expected: 'a number' },
  decimal: { valid: (value) => value.trim() !== '' && Number.isFinite(Number(value)), expected: 'a number' },
};
const WITHOUT_VALUE = new Set(['$null', '$notNull']);

/**
 * Strapi passes filter values to the database as they come: "yesterday" for a date is a bare
 * message without the parameter's name, and "abc" for a number is a 500 on PostgreSQL. This
 * names each value that cannot be its field's type, with the path of the parameter.
 */
export function filterValueProblems(modelOf: ModelOf, uid: string, filters: unknown, path: string[] = ['filters']): FieldError[] {
  const model = modelOf(uid);
  if (!model || typeof filters !== 'object' || filters === null) return [];
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(filters)) {
    const here = [...path, key];
    if (key === '$and' || key === '$or') {
      const parts = Array.isArray(value) ? value : Object.values(value ?? {});
      parts.forEach((part, index) => problems.push(...filterValueProblems(modelOf, uid, part, [...here, String(index)])));
    } else if (key === '$not') {
      problems.push(...filterValueProblems(modelOf, uid, value, here));
    } else {
      const attribute = model.attributes[key];
      const nested = attribute?.type === 'relation' ? attribute.target : attribute?.type === 'component' ? attribute.component : undefined;
      if (nested) problems.push(...filterValueProblems(modelOf, nested, value, here));
      else if (attribute && CHECKS[attribute.type]) problems.push(...valueProblems(CHECKS[attribute.type], value, here));
    }
  }
  return problems;
}

function valueProblems(check: { valid: (value: string) => boolean; expected: string }, value: unknown, path: string[]): FieldError[] {
  if (typeof value === 'string') {
    return check.valid(value) ? [] : [fieldError(path, `${bracketed(path)} must be ${check.expected}; got "${value}"`)];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([operator, operand]) =>
    WITHOUT_VALUE.has(operator) ? [] : valueProblems(check, operand, [...path, operator])
  );
}

const bracketed = (path: string[]) => path[0] + path.slice(1).map((part) => `[${part}]`).join('');
