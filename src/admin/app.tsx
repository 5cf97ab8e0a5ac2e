import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // The interface language a person picks at login; English is always offered.
    locales: ['ar'],
    // The names of this app's content types where the plugins show them (the translation queue).
    translations: {
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
    },
  },
  bootstrap(_app: StrapiApp) {},
};
