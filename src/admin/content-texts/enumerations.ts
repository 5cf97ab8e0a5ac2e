import type { Bilingual } from './types';

/**
 * Enumeration values as an editor reads them. The Content Manager looks an option up by its value
 * alone (one id for every field), so a value shared by two fields (`town`, `district`,
 * `governorate`: a place's level and an incident's location precision) has one text for both.
 */
export const ENUMERATION_TEXTS: Record<string, Bilingual> = {
  // article.section
  'coalition-news': { en: 'Coalition news', ar: 'أخبار الائتلاف' },
  statements: { en: 'Statements', ar: 'بيانات' },
  reports: { en: 'Reports', ar: 'تقارير' },
  'press-releases': { en: 'Press releases', ar: 'بيانات صحفية' },
  analysis: { en: 'Analysis', ar: 'تحليل' },
  // incident.datePrecision
  day: { en: 'The day itself', ar: 'اليوم نفسه' },
  week: { en: 'Within a week', ar: 'خلال أسبوع' },
  month: { en: 'Within a month', ar: 'خلال شهر' },
  approximate: { en: 'Approximate', ar: 'تقريبي' },
  // incident.locationPrecision and location.level
  exact: { en: 'Exact point', ar: 'النقطة نفسها' },
  near: { en: 'Near the place', ar: 'بالقرب من المكان' },
  governorate: { en: 'Governorate', ar: 'محافظة' },
  district: { en: 'District', ar: 'منطقة' },
  'sub-district': { en: 'Sub-district', ar: 'ناحية' },
  city: { en: 'City', ar: 'مدينة' },
  town: { en: 'Town', ar: 'بلدة' },
  village: { en: 'Village', ar: 'قرية' },
  neighbourhood: { en: 'Neighbourhood', ar: 'حي' },
  site: { en: 'Site', ar: 'موقع' },
  // incident.verificationStatus
  reported: { en: 'Reported', ar: 'مُبلَّغ عنها' },
  corroborated: { en: 'Corroborated', ar: 'مدعومة بمصادر مستقلة' },
  verified: { en: 'Verified', ar: 'مُتحقَّق منها' },
  disputed: { en: 'Disputed', ar: 'متنازع عليها' },
  retracted: { en: 'Retracted', ar: 'مسحوبة' },
  // source.kind
  'media-department-statement': { en: 'Media department statement', ar: 'بيان دائرة إعلامية' },
  'activist-network': { en: 'Activist network', ar: 'شبكة ناشطين' },
  eyewitness: { en: 'Eyewitness', ar: 'شاهد عيان' },
  'media-outlet': { en: 'Media outlet', ar: 'وسيلة إعلامية' },
  'ngo-report': { en: 'NGO report', ar: 'تقرير منظمة غير حكومية' },
  'official-statement': { en: 'Official statement', ar: 'بيان رسمي' },
  'social-media': { en: 'Social media', ar: 'وسائل التواصل الاجتماعي' },
  imagery: { en: 'Images or video', ar: 'صور أو فيديو' },
  // source.reliability (the A–F scale)
  'completely-reliable': { en: 'A – Completely reliable', ar: 'أ – موثوق تماماً' },
  'usually-reliable': { en: 'B – Usually reliable', ar: 'ب – موثوق عادةً' },
  'fairly-reliable': { en: 'C – Fairly reliable', ar: 'ج – موثوق إلى حد ما' },
  'not-usually-reliable': { en: 'D – Not usually reliable', ar: 'د – غير موثوق عادةً' },
  unreliable: { en: 'E – Unreliable', ar: 'هـ – غير موثوق' },
  'cannot-be-judged': { en: 'F – Cannot be judged', ar: 'و – لا يمكن الحكم عليه' },
  // perpetrator-attribution.certainty
  alleged: { en: 'Alleged', ar: 'مزعومة' },
  suspected: { en: 'Suspected', ar: 'مشتبه بها' },
  confirmed: { en: 'Confirmed', ar: 'مؤكدة' },
  contested: { en: 'Contested', ar: 'موضع خلاف' },
};
