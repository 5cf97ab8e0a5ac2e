/** Languages written right to left, by primary subtag; Arabic is the one this CMS has. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

export const isRightToLeft = (locale: string): boolean => RIGHT_TO_LEFT.has(locale.split('-')[0]);

export const directionOf = (locale: string): 'rtl' | 'ltr' => (isRightToLeft(locale) ? 'rtl' : 'ltr');
