import { directionOf } from '@syria-cms/bilingual-text';

/**
 * A notification's sentence, isolated in the interface language's direction. Strapi's
 * notifications take a string and lay it out left to right whatever the language: an Arabic
 * sentence there would put its full stop, and any English word in it, at the wrong end.
 */
export const notificationText = (text: string, interfaceLocale: string) =>
  `${directionOf(interfaceLocale) === 'rtl' ? '\u2067' : '\u2066'}${text}\u2069`;
