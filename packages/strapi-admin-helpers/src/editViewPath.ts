/** The Content Manager's edit view of a document in a locale, relative to the admin panel's root. */
export const editViewPath = (uid: string, documentId: string, locale: string) =>
  `/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
