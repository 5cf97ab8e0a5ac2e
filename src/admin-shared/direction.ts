/** Languages written right to left, by primary subtag; Arabic is the one this CMS has. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(locale.split('-')[0]) ? 'rtl' : 'ltr');
