import { ruleError, type RuleError } from './rule-errors';

/** Reported casualty figures. Reports give ranges ("over 20", "around 100"), so each figure is a min/max pair. */
export interface Casualties {
  killedMin?: number | null;
  killedMax?: number | null;
  injuredMin?: number | null;
  injuredMax?: number | null;
  childrenKilled?: number | null;
  womenKilled?: number | null;
  childrenInjured?: number | null;
  womenInjured?: number | null;
}

const COUNTS = [
  'killedMin',
  'killedMax',
  'injuredMin',
  'injuredMax',
  'childrenKilled',
  'womenKilled',
  'childrenInjured',
  'womenInjured',
] as const;

const isSet = (value: unknown): value is number => value !== null && value !== undefined;

/** Forms post numbers as text; "12" is twelve, "twelve" is not a number. */
const asNumber = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/**
 * Checks what the schema cannot: every figure is a whole number >= 0, a minimum does not exceed
 * its maximum, and the children and women among the victims do not outnumber the victims.
 */
export function validateCasualties(casualties: Casualties | null | undefined, path = 'casualties'): RuleError[] {
  if (!casualties) return [];
  const errors: RuleError[] = [];
  const at = (field: string) => `${path}.${field}`;

  // Every problem is reported at once: a bad figure is left out of the comparisons below, which
  // still run on the others, so an editor fixing one mistake is not shown the next only on resave.
  const figures: Casualties = {};
  for (const field of COUNTS) {
    const value = asNumber(casualties[field]);
    if (!isSet(value)) continue;
    if (Number.isInteger(value) && (value as number) >= 0) figures[field] = value as number;
    else errors.push(ruleError(at(field), `${field} must be a whole number of 0 or more`, 'not-a-count', { field }));
  }

  const ranges = [
    ['killedMin', 'killedMax'],
    ['injuredMin', 'injuredMax'],
  ] as const;
  for (const [min, max] of ranges) {
    const low = figures[min];
    const high = figures[max];
    if (isSet(low) && isSet(high) && low > high) {
      errors.push(ruleError(at(min), `${min} (${low}) must not be greater than ${max} (${high})`, 'min-above-max', { min, low, max, high }));
    }
  }

  const subsets = [
    [['childrenKilled', 'womenKilled'], 'killedMax'],
    [['childrenInjured', 'womenInjured'], 'injuredMax'],
  ] as const;
  for (const [parts, totalField] of subsets) {
    const total = figures[totalField];
    if (!isSet(total)) continue;
    const sum = parts.reduce((acc, part) => acc + (figures[part] ?? 0), 0);
    if (sum > total) {
      errors.push(
        ruleError(at(parts[0]), `${parts.join(' + ')} (${sum}) must not be greater than ${totalField} (${total})`, 'parts-above-total', {
          parts: [...parts],
          sum,
          total: totalField,
          totalValue: total,
        })
      );
    }
  }
  return errors;
}
