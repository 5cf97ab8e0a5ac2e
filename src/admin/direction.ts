import { directionOf } from '@syria-cms/bilingual-text';

/**
 * The document's writing direction follows the interface language. Strapi sets `<html lang>` when
 * a person picks a language (at login or in their profile) and leaves `dir` alone, so the Arabic
 * interface would read left to right; the direction is kept in step with `lang` from here.
 */
export function followInterfaceDirection(root: HTMLElement = document.documentElement) {
  const apply = () => {
    const direction = directionOf(root.lang || 'en');
    if (root.dir !== direction) root.dir = direction;
  };
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
  document.head.append(Object.assign(document.createElement('style'), { textContent: RIGHT_TO_LEFT_REPAIRS }));
}

/**
 * What a right-to-left document breaks in Strapi 5.54's design system, repaired in CSS; nothing
 * applies while the interface is left to right.
 * - Radix primitives (the edit view's Draft/Published tabs hold the whole form) set `dir="ltr"`
 *   on their root unless a direction provider says otherwise, and the design system has none.
 * - Pickers show a formatted value: an Arabic date is `10‏/04‏/2017`, its parts separated by
 *   right-to-left marks, which a left-to-right input scrambles into `102017/04/`. Read by their
 *   own first strong character, dates read day, month, year from the right, and an option in
 *   either script reads in its own direction.
 */
const RIGHT_TO_LEFT_REPAIRS = `
html[dir='rtl'] [data-orientation][dir='ltr'] { direction: rtl; }
html[dir='rtl'] input[role='combobox'] { unicode-bidi: plaintext; }
`;
