/**
 * The fixed part of the benchmark gazetteer: Syria's 14 governorates (OCHA p-codes SY01–SY14) with
 * a box of coordinates inside each, and their districts, in English and Arabic. Towns and villages
 * are made up (bench/town-names.ts): real village lists would add nothing to a benchmark.
 */
export interface Governorate {
  pcode: string;
  en: string;
  ar: string;
  /** Other spellings, as in the demo gazetteer. */
  aliases: { en: string[]; ar: string[] };
  /** [south, north, west, east], roughly inside the governorate. */
  box: [number, number, number, number];
  /** Relative number of villages and of incidents: the north-west and Rural Damascus saw most. */
  weight: number;
  districts: [en: string, ar: string][];
}

export const GOVERNORATES: Governorate[] = [
  { pcode: 'SY01', en: 'Damascus', ar: 'دمشق', aliases: { en: ['Dimashq'], ar: [] }, box: [33.45, 33.56, 36.23, 36.36], weight: 1, districts: [['Damascus', 'دمشق']] },
  {
    pcode: 'SY02', en: 'Aleppo', ar: 'حلب', aliases: { en: ['Halab'], ar: [] }, box: [35.8, 36.7, 36.7, 38.3], weight: 18,
    districts: [['Jebel Saman', 'جبل سمعان'], ['Al-Bab', 'الباب'], ['Afrin', 'عفرين'], ['Azaz', 'أعزاز'], ['Jarablus', 'جرابلس'], ['Manbij', 'منبج'], ['As-Safira', 'السفيرة'], ['Ain al-Arab', 'عين العرب'], ['Al-Atareb', 'الأتارب']],
  },
  {
    pcode: 'SY03', en: 'Rural Damascus', ar: 'ريف دمشق', aliases: { en: ['Rif Dimashq', 'Damascus Countryside'], ar: [] }, box: [33.1, 34.2, 36.0, 37.2], weight: 12,
    districts: [['Duma', 'دوما'], ['Al-Tall', 'التل'], ['Qatana', 'قطنا'], ['Az-Zabadani', 'الزبداني'], ['Yabroud', 'يبرود'], ['An-Nabk', 'النبك'], ['Al-Qutayfah', 'القطيفة'], ['Darayya', 'داريا'], ['Markaz Rif Dimashq', 'مركز ريف دمشق']],
  },
  {
    pcode: 'SY04', en: 'Homs', ar: 'حمص', aliases: { en: ['Hims'], ar: [] }, box: [34.4, 35.0, 36.5, 38.3], weight: 10,
    districts: [['Homs', 'حمص'], ['Ar-Rastan', 'الرستن'], ['Tall Kalakh', 'تلكلخ'], ['Al-Qusayr', 'القصير'], ['Al-Mukharram', 'المخرم'], ['Tadmur', 'تدمر']],
  },
  {
    pcode: 'SY05', en: 'Hama', ar: 'حماة', aliases: { en: ['Hamah'], ar: [] }, box: [34.9, 35.5, 36.4, 37.5], weight: 12,
    districts: [['Hama', 'حماة'], ['As-Suqaylabiyah', 'السقيلبية'], ['Masyaf', 'مصياف'], ['Muhradah', 'محردة'], ['As-Salamiyah', 'السلمية']],
  },
  {
    pcode: 'SY06', en: 'Lattakia', ar: 'اللاذقية', aliases: { en: ['Latakia'], ar: [] }, box: [35.3, 35.9, 35.8, 36.1], weight: 5,
    districts: [['Lattakia', 'اللاذقية'], ['Al-Haffah', 'الحفة'], ['Jableh', 'جبلة'], ['Al-Qardahah', 'القرداحة']],
  },
  {
    pcode: 'SY07', en: 'Idlib', ar: 'إدلب', aliases: { en: ['Idleb'], ar: [] }, box: [35.5, 36.2, 36.3, 36.9], weight: 14,
    districts: [['Idlib', 'إدلب'], ['Ariha', 'أريحا'], ['Harim', 'حارم'], ['Jisr al-Shughur', 'جسر الشغور'], ['Maarrat al-Numan', 'معرة النعمان']],
  },
  {
    pcode: 'SY08', en: 'Al-Hasakeh', ar: 'الحسكة', aliases: { en: ['Hasakah'], ar: [] }, box: [36.3, 37.1, 40.0, 42.0], weight: 7,
    districts: [['Al-Hasakeh', 'الحسكة'], ['Al-Malikiyah', 'المالكية'], ['Qamishli', 'القامشلي'], ['Ras al-Ayn', 'رأس العين']],
  },
  {
    pcode: 'SY09', en: 'Deir-ez-Zor', ar: 'دير الزور', aliases: { en: ['Deir al-Zour'], ar: [] }, box: [34.5, 35.6, 39.8, 40.9], weight: 6,
    districts: [['Deir-ez-Zor', 'دير الزور'], ['Abu Kamal', 'البوكمال'], ['Al-Mayadin', 'الميادين']],
  },
  {
    pcode: 'SY10', en: 'Tartous', ar: 'طرطوس', aliases: { en: ['Tartus'], ar: [] }, box: [34.7, 35.2, 35.95, 36.2], weight: 4,
    districts: [['Tartous', 'طرطوس'], ['Baniyas', 'بانياس'], ['Ad-Duraykish', 'الدريكيش'], ['Safita', 'صافيتا'], ['Ash-Shaykh Badr', 'الشيخ بدر']],
  },
  {
    pcode: 'SY11', en: 'Ar-Raqqa', ar: 'الرقة', aliases: { en: ['Raqqa'], ar: [] }, box: [35.8, 36.6, 38.5, 39.8], weight: 5,
    districts: [['Ar-Raqqa', 'الرقة'], ['Al-Thawrah', 'الثورة'], ['Tell Abyad', 'تل أبيض']],
  },
  { pcode: 'SY12', en: "Dar'a", ar: 'درعا', aliases: { en: ['Daraa', 'Deraa'], ar: [] }, box: [32.55, 33.0, 35.95, 36.5], weight: 8, districts: [["Dar'a", 'درعا'], ['Izra', 'إزرع'], ['As-Sanamayn', 'الصنمين']] },
  { pcode: 'SY13', en: 'As-Sweida', ar: 'السويداء', aliases: { en: ['Suwayda'], ar: [] }, box: [32.5, 33.0, 36.5, 36.95], weight: 4, districts: [['As-Sweida', 'السويداء'], ['Salkhad', 'صلخد'], ['Shahba', 'شهبا']] },
  { pcode: 'SY14', en: 'Quneitra', ar: 'القنيطرة', aliases: { en: ['Al-Qunaytirah'], ar: [] }, box: [32.95, 33.3, 35.86, 35.95], weight: 2, districts: [['Quneitra', 'القنيطرة'], ['Fiq', 'فيق']] },
];
