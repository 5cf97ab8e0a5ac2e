import type { InterfaceTexts } from '.';

/**
 * Strapi's own interface text on the screens our editors and translators use, where Strapi 5.54
 * ships no Arabic (it then falls back to English silently, without a MISSING_TRANSLATION warning),
 * or an Arabic that reads wrongly ("يحفظ", "he saves", for Save; "حقيقي/خطأ", "real/mistake", for
 * on/off). Ids are Strapi's; English needs nothing, Strapi's own English stands.
 */
export const strapiArabic: InterfaceTexts = {
  en: {},
  ar: {
    // Navigation and home
    'global.home': 'الرئيسية',
    'global.more': 'المزيد',
    'global.new': 'جديد',
    'global.save': 'حفظ',
    'global.search': 'بحث',
    'global.profile.settings': 'إعدادات الملف الشخصي',
    'widget.profile.title': 'الملف الشخصي',
    'HomePage.header.title': 'مرحباً {name}',
    'HomePage.header.subtitle': 'أهلاً بك في لوحة الإدارة',
    'HomePage.widget.no-data': 'لا يوجد محتوى.',
    'content-manager.widget.last-edited.title': 'آخر الإدخالات المعدَّلة',
    'content-manager.widget.last-published.title': 'آخر الإدخالات المنشورة',
    'app.HeaderLayout.docLink.label': 'اعرف المزيد في التوثيق',
    'app.utils.publish': 'نشر',
    'app.utils.published': 'منشور',
    'app.components.ToggleCheckbox.on-label': 'نعم',
    'app.components.ToggleCheckbox.off-label': 'لا',
    'content-manager.plugin.name': 'مدير المحتوى',
    'content-manager.header.name': 'المحتوى',
    'search.placeholder': 'بحث',

    // List view
    'content-manager.pages.ListView.header-subtitle': '{number, plural, =0 {لا توجد إدخالات} one {إدخال واحد} two {إدخالان} few {# إدخالات} many {# إدخالاً} other {# إدخال}}',
    'content-manager.components.TableDelete.label': '{number, plural, one {إدخال واحد محدد} two {إدخالان محددان} few {# إدخالات محددة} many {# إدخالاً محدداً} other {# إدخال محدد}}',
    'components.ViewSettings.tooltip': 'إعدادات العرض',
    'content-manager.containers.list.table.row-actions': 'إجراءات الصف',
    'content-manager.containers.list.table-headers.status': 'الحالة',
    'content-manager.containers.list.filters.status': 'الحالة',
    'content-manager.containers.List.draft': 'مسودة',
    'content-manager.containers.List.published': 'منشور',
    'content-manager.containers.List.modified': 'معدَّل',
    'i18n.list-view.table.header.label': 'متوفر بـ',
    'i18n.CMEditViewBulkLocale.status': 'الحالة',
    'i18n.Settings.locales.modal.locales.label': 'اللغات',
    'i18n.Settings.locales.modal.create.code.label': 'اللغات',
    // The `id` column, for every type
    ...Object.fromEntries(
      ['actor', 'article', 'incident-type', 'incident', 'location', 'source', 'target-type', 'weapon'].map((type) => [
        `content-manager.content-types.api::${type}.${type}.id`,
        'المعرّف',
      ])
    ),

    // Edit view
    'content-manager.containers.edit.tabs.label': 'حالة المستند',
    'content-manager.containers.edit.tabs.draft': 'مسودة',
    'content-manager.containers.edit.tabs.published': 'منشور',
    'content-manager.containers.edit.panels.default.title': 'الإدخال',
    'content-manager.containers.edit.panels.default.more-actions': 'إجراءات أخرى للمستند',
    'content-manager.containers.edit.header.more-actions': 'إجراءات أخرى',
    'content-manager.containers.edit.information.last-published.label': 'نُشر',
    'content-manager.actions.discard.label': 'تجاهل التغييرات',
    'content-manager.form.Input.hint.character.unit': '{maxValue, plural, one { حرف} two { حرفان} few { أحرف} many { حرفاً} other { حرف}}',
    'content-manager.form.Input.hint.text': '{min, select, undefined {} other {الحد الأدنى {min}}}{divider}{max, select, undefined {} other {الحد الأقصى {max}}}{unit}{br}{description}',
    'content-manager.preview.panel.title': 'معاينة',
    'content-manager.preview.panel.button-configuration': 'إعداد المعاينة',
    'content-manager.popUpWarning.warning.has-draft-relations.message':
      'هذا الإدخال مرتبط بـ {count, plural, one {إدخال مسودة واحد} other {# إدخالات مسودة}}. لن تُضمَّن هذه الروابط في النسخة المنشورة.',
    'i18n.CMEditViewCopyLocale.copy-text': 'املأ من لغة أخرى',
    'i18n.Field.localized': 'هذه القيمة خاصة باللغة المختارة',
    'content-manager.components.Blocks.dnd.instruction': 'لإعادة ترتيب الكتل، اضغط Command أو Control مع Shift وسهمي الأعلى أو الأسفل',
    'content-manager.components.Blocks.expand': 'توسيع',
    'content-manager.components.Blocks.modifiers.bold': 'عريض',
    'content-manager.components.Blocks.modifiers.italic': 'مائل',
    'content-manager.components.Blocks.modifiers.underline': 'تسطير',
    'content-manager.components.Blocks.modifiers.strikethrough': 'يتوسطه خط',
    'content-manager.components.Blocks.modifiers.code': 'شيفرة',
    'content-manager.components.Blocks.link': 'رابط',
    'content-manager.components.Blocks.popover.text': 'النص',
    'content-manager.components.Blocks.popover.link': 'الرابط',
    'content-manager.components.Blocks.blocks.selectBlock': 'اختر نوع الكتلة',
    'content-manager.components.Blocks.blocks.text': 'نص',
    'content-manager.components.Blocks.blocks.unorderedList': 'قائمة نقطية',
    'content-manager.components.Blocks.blocks.orderedList': 'قائمة مرقّمة',

    // Media Library
    'upload.plugin.name': 'مكتبة الوسائط',
    'upload.plugin.home': 'الرئيسية',
    'upload.sidebar.home': 'الرئيسية',
    'upload.sidebar.folders': 'المجلدات',
    'upload.sidebar.tree.empty': 'لا مجلدات بعد',
    'upload.new': 'جديد',
    'upload.header.search.placeholder': 'بحث',
    'upload.search.label': 'ابحث عن ملف',
    'upload.list.empty.title': 'لا ملفات بعد',
    'upload.list.empty.description': 'ابدأ برفع ملفات أو إنشاء مجلد.',
    'upload.list.empty.add-assets': 'أضف ملفات',
    'upload.list.filters.trigger': 'تصفية',
    'upload.list.sort.folders': 'المجلدات',
    'upload.list.assets-empty.search': 'لا نتائج',
    'upload.list.search.empty.title': 'لا نتائج',
    'upload.view.table': 'عرض جدول',
    'upload.view.grid': 'عرض شبكة',
    'upload.control-card.more-actions': 'إجراءات أخرى',
    'upload.control-card.save': 'حفظ',
    'upload.mediaLibraryInput.placeholder': 'انقر لإضافة ملف أو اسحبه وأفلته هنا',
    'upload.asset-details.location.root': 'مكتبة الوسائط',
    'upload.config.back': 'رجوع',
  },
};
