import type { InterfaceTexts } from '../translations';
import { typeNames } from '../translations/type-names';

/**
 * The home page's text: our widgets, and Strapi's own text on that page that its Arabic lacks.
 * The evidence trail names content types as the translation workflow does (`<plugin>.type.<name>`):
 * the same names, under its id.
 */
const trailTypeNames = (names: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(names)
      .filter(([id]) => id.startsWith('translation-workflow.type.'))
      .map(([id, name]) => [id.replace('translation-workflow.', 'evidence-trail.'), name])
  );

export const home: InterfaceTexts = {
  en: {
    'home.incidents.title': 'Incidents awaiting verification',
    'home.incidents.none': 'No incident is awaiting verification.',
    'home.incidents.status.reported': 'Reported',
    'home.incidents.status.disputed': 'Disputed',
    'home.untitled': '(untitled)',
  },
  ar: {
    'home.incidents.title': 'حوادث بانتظار التحقق',
    'home.incidents.none': 'لا حادثة بانتظار التحقق.',
    'home.incidents.status.reported': 'مُبلَّغ عنها',
    'home.incidents.status.disputed': 'متنازَع عليها',
    'home.untitled': '(بلا عنوان)',
    ...trailTypeNames(typeNames.ar),
    // Strapi's own, on the home page only.
    'HomePage.header.title': 'مرحبًا {name}',
    'HomePage.header.subtitle': 'أهلًا بك في لوحة الإدارة',
    'HomePage.addWidget.button': 'إضافة أداة',
    'HomePage.addWidget.title': 'إضافة أداة',
    'HomePage.addWidget.noWidgetsAvailable': 'لا أدوات أخرى لإضافتها',
    'HomePage.widget.drag': 'اسحب للنقل',
    'HomePage.widget.delete': 'حذف',
    'HomePage.widget.loading': 'جارٍ تحميل محتوى الأداة',
    'HomePage.widget.error': 'تعذّر تحميل محتوى هذه الأداة.',
    'HomePage.widget.no-data': 'لا محتوى.',
    'HomePage.widget.no-permissions': 'لا تملك صلاحية رؤية هذه الأداة',
    'widget.profile.title': 'الملف الشخصي',
    'global.profile.settings': 'إعدادات الملف الشخصي',
    'content-manager.widget.last-edited.title': 'آخر المداخل المعدَّلة',
    'content-manager.widget.last-edited.no-data': 'لا مداخل معدَّلة',
    'content-manager.widget.last-published.title': 'آخر المداخل المنشورة',
    'content-manager.widget.last-published.no-data': 'لا مداخل منشورة',
    // The status "Last edited entries" shows of an entry changed since published (draft and published Strapi has).
    'content-manager.containers.List.modified': 'معدَّلة',
  },
};
