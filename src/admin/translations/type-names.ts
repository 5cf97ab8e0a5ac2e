import type { InterfaceTexts } from '.';

/** The names of this app's content types where the plugins show them (the translation queue). */
export const typeNames: InterfaceTexts = {
  en: {},
  ar: {
    'translation-workflow.type.article': 'مقال',
    'translation-workflow.type.incident': 'حادثة',
    'translation-workflow.type.location': 'مكان',
    'translation-workflow.type.source': 'مصدر',
    'translation-workflow.type.weapon': 'سلاح',
    'translation-workflow.type.incident-type': 'نوع حادثة',
    'translation-workflow.type.actor': 'جهة فاعلة',
    'translation-workflow.type.target-type': 'نوع هدف',
  },
};
