/**
 * What an editor reads for each content type and field, in both interface languages: the names
 * the Content Manager shows instead of schema names, and what a field means where a wrong value
 * could expose someone or weaken a record. One entry per type, keyed by uid.
 */
export type Bilingual = { en: string; ar: string };
export interface FieldText {
  label: Bilingual;
  description?: Bilingual;
}
export interface TypeText {
  /** The schema's `info.displayName`: the Content Manager's id for the type's name. */
  displayName: string;
  name: Bilingual;
  fields: Record<string, FieldText>;
}

const title: FieldText = { label: { en: 'Title', ar: 'العنوان' } };
const aliases: FieldText = {
  label: { en: 'Other names (one per line)', ar: 'أسماء أخرى (اسم في كل سطر)' },
  description: {
    en: 'Other spellings and names, one per line: search and the incident linker recognise them too.',
    ar: 'تهجئات وأسماء أخرى، اسم في كل سطر: يتعرّف عليها البحث ورابط الحوادث أيضاً.',
  },
};
const sources: FieldText = { label: { en: 'Sources', ar: 'المصادر' } };

/** The four controlled vocabularies share their fields. */
const vocabulary = (displayName: string, name: Bilingual): TypeText => ({
  displayName,
  name,
  fields: {
    label: { label: { en: 'Label', ar: 'التسمية' } },
    key: {
      label: { en: 'Key', ar: 'المفتاح' },
      description: {
        en: 'A stable identifier, the same in both languages: sites filter by it and imports match it. Do not change it once in use.',
        ar: 'معرّف ثابت واحد في اللغتين: تُصفّي المواقع به وتطابقه عمليات الاستيراد. لا تغيّره بعد استخدامه.',
      },
    },
    aliases,
    description: { label: { en: 'Description', ar: 'الوصف' } },
  },
});

export const CONTENT_TYPE_TEXTS: Record<string, TypeText> = {
  'api::article.article': {
    displayName: 'Article',
    name: { en: 'Article', ar: 'مقال' },
    fields: {
      title,
      slug: {
        label: { en: 'Web address (slug)', ar: 'عنوان الصفحة في الرابط' },
        description: {
          en: 'Made from the title when left empty; never changed automatically once published, so links keep working.',
          ar: 'يُولَّد من العنوان إن تُرك فارغاً، ولا يتغيّر تلقائياً بعد النشر كي تبقى الروابط صالحة.',
        },
      },
      summary: { label: { en: 'Summary', ar: 'الملخص' } },
      body: { label: { en: 'Body', ar: 'النص' } },
      dateline: {
        label: { en: 'Dateline', ar: 'تاريخ الخبر ووقته' },
        description: { en: 'When the article was filed, shown in your time zone.', ar: 'وقت كتابة الخبر، معروضاً بتوقيتك المحلي.' },
      },
      section: { label: { en: 'Section', ar: 'القسم' } },
      cover: { label: { en: 'Cover image', ar: 'صورة الغلاف' } },
      locations: { label: { en: 'Places', ar: 'الأماكن' } },
      sources,
    },
  },
  'api::incident.incident': {
    displayName: 'Incident',
    name: { en: 'Incident', ar: 'حادثة' },
    fields: {
      title,
      description: { label: { en: 'Description', ar: 'الوصف' } },
      date: { label: { en: 'Date', ar: 'التاريخ' } },
      datePrecision: {
        label: { en: 'Date precision', ar: 'دقة التاريخ' },
        description: {
          en: 'How exactly the date is known: the day itself, within a week, within a month, or only approximately.',
          ar: 'مدى دقة معرفة التاريخ: اليوم نفسه، أو خلال أسبوع، أو خلال شهر، أو بشكل تقريبي فقط.',
        },
      },
      time: { label: { en: 'Time (local)', ar: 'الوقت (المحلي)' } },
      incidentType: { label: { en: 'Incident type', ar: 'نوع الحادثة' } },
      weapons: { label: { en: 'Weapons', ar: 'الأسلحة' } },
      targets: { label: { en: 'Targets', ar: 'الأهداف' } },
      perpetrators: {
        label: { en: 'Perpetrators', ar: 'الجهات المسؤولة' },
        description: {
          en: 'Each actor held responsible, with how certain the attribution is.',
          ar: 'كل جهة تُنسب إليها المسؤولية، مع درجة اليقين في هذه النسبة.',
        },
      },
      casualties: { label: { en: 'Casualties', ar: 'الضحايا' } },
      location: { label: { en: 'Place', ar: 'المكان' } },
      locationPrecision: {
        label: { en: 'Location precision', ar: 'دقة الموقع' },
        description: {
          en: 'How exactly the place is known: the exact point, near it, somewhere in the town, the district or only the governorate.',
          ar: 'مدى دقة معرفة المكان: النقطة نفسها، أو بالقرب منها، أو في مكان ما من البلدة أو المنطقة أو المحافظة فقط.',
        },
      },
      sources,
      verificationStatus: {
        label: { en: 'Verification status', ar: 'حالة التحقق' },
        description: {
          en: 'Reported: one source says so. Corroborated: independent sources agree. Verified: checked by our team. Disputed or retracted: kept as evidence, marked as such.',
          ar: 'مُبلَّغ عنها: مصدر واحد. مدعومة: مصادر مستقلة متفقة. مُتحقَّق منها: تحقّق منها فريقنا. متنازع عليها أو مسحوبة: تبقى في السجل موسومة بذلك.',
        },
      },
      externalId: {
        label: { en: 'External id', ar: 'المعرّف الخارجي' },
        description: {
          en: 'The record’s id in another dataset (for example ACLED’s event_id_cnty); imports match records by it.',
          ar: 'معرّف السجل في قاعدة بيانات أخرى (مثل event_id_cnty في ACLED)؛ تطابق عمليات الاستيراد السجلات به.',
        },
      },
    },
  },
  'api::location.location': {
    displayName: 'Location',
    name: { en: 'Location', ar: 'مكان' },
    fields: {
      name: { label: { en: 'Name', ar: 'الاسم' } },
      aliases,
      level: { label: { en: 'Administrative level', ar: 'المستوى الإداري' } },
      parent: { label: { en: 'Part of', ar: 'يتبع لـ' } },
      pcode: {
        label: { en: 'OCHA p-code', ar: 'الرمز المكاني (OCHA)' },
        description: {
          en: 'OCHA’s code for Syrian places: SY and two digits for a governorate (SY07), two more for a district (SY0700), two more for a sub-district (SY070000).',
          ar: 'رمز OCHA للأماكن السورية: SY ورقمان للمحافظة (SY07)، ورقمان آخران للمنطقة (SY0700)، ورقمان آخران للناحية (SY070000).',
        },
      },
      latitude: { label: { en: 'Latitude', ar: 'خط العرض' } },
      longitude: { label: { en: 'Longitude', ar: 'خط الطول' } },
      coordinatesApproximate: {
        label: { en: 'Coordinates are approximate', ar: 'الإحداثيات تقريبية' },
        description: {
          en: 'On when the point is the place’s rough centre rather than a surveyed location.',
          ar: 'فعّله إن كانت النقطة مركزاً تقريبياً للمكان لا موقعاً محدداً بدقة.',
        },
      },
    },
  },
  'api::source.source': {
    displayName: 'Source',
    name: { en: 'Source', ar: 'مصدر' },
    fields: {
      title,
      kind: { label: { en: 'Kind of source', ar: 'نوع المصدر' } },
      url: { label: { en: 'Web address (URL)', ar: 'الرابط' } },
      publisher: { label: { en: 'Publisher', ar: 'الناشر' } },
      publishedDate: { label: { en: 'Published on', ar: 'تاريخ النشر' } },
      accessedDate: { label: { en: 'Accessed on', ar: 'تاريخ الاطلاع' } },
      reliability: {
        label: { en: 'Reliability', ar: 'الموثوقية' },
        description: {
          en: 'How far this source has proved reliable before (the A–F scale), not whether this report is true.',
          ar: 'مدى ما أثبته هذا المصدر من موثوقية سابقاً (سلّم A–F)، لا صحة هذا التقرير بعينه.',
        },
      },
      confidential: {
        label: { en: 'Confidential', ar: 'سري' },
        description: {
          en: 'Withholds the source’s identity from the public: its title, web address, publisher and archived copy never leave through the public API; sites only see that a confidential source exists.',
          ar: 'يحجب هوية المصدر عن العامة: لا يخرج عنوانه ولا رابطه ولا ناشره ولا نسخته المؤرشفة عبر الواجهة العامة؛ ترى المواقع فقط أن هناك مصدراً سرياً.',
        },
      },
      contactNotes: {
        label: { en: 'Contact notes (private)', ar: 'ملاحظات التواصل (خاصة)' },
        description: {
          en: 'How to reach the source. Never leaves this admin panel: not in the public API, feeds or exports.',
          ar: 'كيفية التواصل مع المصدر. لا تغادر لوحة الإدارة هذه أبداً: لا في الواجهة العامة ولا في الخلاصات ولا في التصدير.',
        },
      },
      archivedCopy: {
        label: { en: 'Archived copy', ar: 'النسخة المؤرشفة' },
        description: {
          en: 'A saved copy of what the source published. The server records its SHA-256; a replaced copy is kept, never overwritten.',
          ar: 'نسخة محفوظة مما نشره المصدر. يسجّل الخادم بصمتها SHA-256؛ وتُحفظ النسخة المستبدلة ولا يُكتب فوقها.',
        },
      },
      archivedCopySha256: {
        label: { en: 'Archived copy fingerprint (SHA-256)', ar: 'بصمة النسخة المؤرشفة (SHA-256)' },
        description: {
          en: 'Computed by the server from the file itself, so the copy can later be shown unaltered.',
          ar: 'يحسبها الخادم من الملف نفسه، ليمكن لاحقاً إثبات أن النسخة لم تُغيَّر.',
        },
      },
      previousArchivedCopies: { label: { en: 'Earlier archived copies', ar: 'نسخ مؤرشفة سابقة' } },
    },
  },
  'api::weapon.weapon': vocabulary('Weapon', { en: 'Weapon', ar: 'سلاح' }),
  'api::incident-type.incident-type': vocabulary('Incident type', { en: 'Incident type', ar: 'نوع الحادثة' }),
  'api::actor.actor': vocabulary('Actor', { en: 'Actor', ar: 'جهة فاعلة' }),
  'api::target-type.target-type': vocabulary('Target type', { en: 'Target type', ar: 'نوع الهدف' }),
};

/** Fields Strapi gives every content type, which its list columns and filters name by schema name. */
export const SYSTEM_FIELD_TEXTS: Record<string, FieldText> = {
  id: { label: { en: 'Id', ar: 'المعرّف' } },
  documentId: { label: { en: 'Document id', ar: 'معرّف المستند' } },
  createdAt: { label: { en: 'Created', ar: 'أُنشئ في' } },
  updatedAt: { label: { en: 'Last changed', ar: 'آخر تعديل' } },
  publishedAt: { label: { en: 'Published', ar: 'نُشر في' } },
  createdBy: { label: { en: 'Created by', ar: 'أنشأه' } },
  updatedBy: { label: { en: 'Last changed by', ar: 'آخر من عدّله' } },
  locale: { label: { en: 'Language', ar: 'اللغة' } },
};

const figure = (en: string, ar: string): FieldText => ({ label: { en, ar } });

export const COMPONENT_TEXTS: Record<string, TypeText> = {
  'incident.casualties': {
    displayName: 'Casualties',
    name: { en: 'Casualties', ar: 'الضحايا' },
    fields: {
      killedMin: {
        label: { en: 'Killed, at least', ar: 'القتلى، على الأقل' },
        description: { en: '“Over 20 killed” is at least 21, with no most.', ar: '«أكثر من 20 قتيلاً» تعني 21 على الأقل دون حد أعلى.' },
      },
      killedMax: figure('Killed, at most', 'القتلى، على الأكثر'),
      injuredMin: figure('Injured, at least', 'الجرحى، على الأقل'),
      injuredMax: figure('Injured, at most', 'الجرحى، على الأكثر'),
      childrenKilled: figure('Children killed', 'الأطفال القتلى'),
      womenKilled: figure('Women killed', 'النساء القتيلات'),
      childrenInjured: figure('Children injured', 'الأطفال الجرحى'),
      womenInjured: figure('Women injured', 'النساء الجريحات'),
      notes: {
        label: { en: 'Notes on the figures', ar: 'ملاحظات على الأرقام' },
        description: { en: 'The report’s own wording, such as “around 100”.', ar: 'صياغة التقرير نفسها، مثل «نحو 100».' },
      },
    },
  },
  'incident.perpetrator-attribution': {
    displayName: 'Perpetrator attribution',
    name: { en: 'Perpetrator', ar: 'جهة مسؤولة' },
    fields: {
      actor: { label: { en: 'Actor', ar: 'الجهة' } },
      certainty: {
        label: { en: 'Certainty', ar: 'درجة اليقين' },
        description: {
          en: 'Alleged: a source says so. Suspected: the evidence points to them. Confirmed: established. Contested: sources disagree.',
          ar: 'مزعومة: يقول بها مصدر. مشتبه بها: تشير إليها الأدلة. مؤكدة: ثابتة. موضع خلاف: تختلف المصادر.',
        },
      },
    },
  },
};
