import type { InterfaceTexts } from '../translations';
import { ENUMERATION_TEXTS } from './enumerations';
import { COMPONENT_TEXTS, CONTENT_TYPE_TEXTS, SYSTEM_FIELD_TEXTS, type TypeText } from './types';

export { COMPONENT_TEXTS, CONTENT_TYPE_TEXTS, ENUMERATION_TEXTS };

type Language = keyof InterfaceTexts;

/** The ids the Content Manager formats a field's label with: `content-types.<uid>` or `components.<uid>`. */
export const fieldLabelId = (scope: 'content-types' | 'components', uid: string, field: string) => `content-manager.${scope}.${uid}.${field}`;
/** Ours: the Content Manager shows a field's description as stored, so the edit-view hook looks these up. */
export const fieldDescriptionId = (scope: 'content-types' | 'components', uid: string, field: string) => `${fieldLabelId(scope, uid, field)}.description`;

function textsOf(scope: 'content-types' | 'components', types: Record<string, TypeText>, language: Language) {
  const texts: Record<string, string> = {};
  for (const [uid, type] of Object.entries(types)) {
    // The type's name is looked up by its schema display name (menus, list and edit view headers).
    if (scope === 'content-types') texts[type.displayName] = type.name[language];
    const fields = scope === 'content-types' ? { ...SYSTEM_FIELD_TEXTS, ...type.fields } : type.fields;
    for (const [field, { label, description }] of Object.entries(fields)) {
      texts[fieldLabelId(scope, uid, field)] = label[language];
      if (description) texts[fieldDescriptionId(scope, uid, field)] = description[language];
    }
  }
  return texts;
}

const contentTextsIn = (language: Language) => ({
  ...textsOf('content-types', CONTENT_TYPE_TEXTS, language),
  ...textsOf('components', COMPONENT_TEXTS, language),
  ...Object.fromEntries(Object.entries(ENUMERATION_TEXTS).map(([value, text]) => [value, text[language]])),
});

/** Type names, field labels and descriptions and enumeration values, as the interface texts of both languages. */
export const contentTexts: InterfaceTexts = { en: contentTextsIn('en'), ar: contentTextsIn('ar') };
