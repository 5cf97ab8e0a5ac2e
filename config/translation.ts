/**
 * The content languages and who translates into which. Adding a language or a translator role is
 * a change here, not in code: bootstrap creates the locales and the roles with their permissions.
 */
export default {
  defaultLocale: 'en',
  locales: [
    { code: 'en', name: 'English (en)' },
    { code: 'ar', name: 'Arabic (ar)' },
  ],
  translatorRoles: [
    {
      code: 'translator',
      name: 'Translator',
      description: 'Translates content into Arabic: edits localized fields of Arabic entries only; cannot delete or publish.',
      locales: ['ar'],
    },
  ],
};
