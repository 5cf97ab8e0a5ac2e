import { errors } from '@strapi/utils';
import type { FieldError } from './field-error';

/** A 400 that names each rejected field or parameter and says why. */
export const validationError = (problems: FieldError[]) =>
  new errors.ValidationError(problems.length === 1 ? problems[0].message : `${problems.length} errors occurred`, {
    errors: problems.map(({ path, message }) => ({ path, message, name: 'ValidationError' })),
  });

export function throwIfProblems(problems: FieldError[]): void {
  if (problems.length > 0) throw validationError(problems);
}
