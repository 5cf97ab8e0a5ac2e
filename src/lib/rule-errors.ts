import { fieldError, type FieldError } from '@syria-cms/strapi-server-helpers';

/**
 * What each content rule can say, as a code and the values its sentence uses, besides the English
 * message: the import's preview shows it in the editor's language from these (the code names the
 * sentence, `params` fills it in), while the API's validation errors keep the message alone.
 */
export const RULE_CODES = [
  'not-a-date',
  'future-date',
  'not-a-count',
  'min-above-max',
  'parts-above-total',
  'not-a-pcode',
  'pcode-for-level',
  'coordinate-out-of-range',
  'coordinates-unpaired',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** Numbers and names a sentence uses; a list (values to choose from) is a list. */
export type RuleParams = Record<string, string | number | string[]>;

export interface RuleError extends FieldError {
  code: RuleCode;
  params: RuleParams;
}

export const ruleError = (path: string | string[], message: string, code: RuleCode, params: RuleParams = {}): RuleError => ({
  ...fieldError(path, message),
  code,
  params,
});
