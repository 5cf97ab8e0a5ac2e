/**
 * The Arabic of the native columns' descriptions (src/data-exchange/native-columns.ts), by column
 * name: the server describes its columns in English, which the English interface shows as is.
 * The other mappings' columns are a dataset's own and keep the server's description.
 */
export const COLUMN_TEXTS_AR: Record<string, string> = {
  document_id: 'معرّف السجل في هذا النظام: الصف الذي فيه معرّف يحدّث ذلك السجل',
  external_id: 'معرّف الحدث في مجموعة بيانات (event_id_cnty في ACLED مثلاً): الصف الذي فيه معرّف يحدّث الحادثة التي تحمله',
  status: 'published أو draft؛ السجل الجديد مسودة ما لم يُكتب published',
  title: 'العنوان',
  description: 'ما الذي حدث',
  date: 'YYYY-MM-DD',
  date_precision: 'day أو week أو month أو approximate',
  time: 'HH:MM، بالتوقيت المحلي',
  incident_type: 'مفتاح نوع الحادثة',
  weapons: 'مفاتيح الأسلحة، تفصل بينها ;',
  targets: 'مفاتيح أنواع الأهداف، تفصل بينها ;',
  perpetrators: 'مفتاح-الجهة:درجة-اليقين، تفصل بينها ; (درجة اليقين: alleged أو suspected أو confirmed أو contested)',
  killed_min: 'أدنى عدد مُبلَّغ عنه للقتلى',
  killed_max: 'أعلى عدد مُبلَّغ عنه للقتلى',
  injured_min: 'أدنى عدد مُبلَّغ عنه للجرحى',
  injured_max: 'أعلى عدد مُبلَّغ عنه للجرحى',
  children_killed: 'الأطفال بين القتلى',
  women_killed: 'النساء بين القتلى',
  children_injured: 'الأطفال بين الجرحى',
  women_injured: 'النساء بين الجرحى',
  casualty_notes: 'ملاحظات على الأعداد',
  location: 'المكان برمزه (p-code) أو معرّف مستنده أو اسمه',
  location_precision: 'exact أو near أو town أو district أو governorate',
  sources: 'المصادر بمعرّف المستند أو الرابط، تفصل بينها ;',
  verification_status: 'reported أو corroborated أو verified أو disputed أو retracted',
  pcode: 'رمز أوتشا (p-code): الصف الذي فيه رمز يحدّث المكان الذي يحمله',
  name: 'الاسم',
  aliases: 'تهجئات أخرى، تفصل بينها ;',
  level: 'governorate أو district أو sub-district أو city أو town أو village أو neighbourhood أو site',
  parent: 'المكان الذي يقع فيه، برمزه أو معرّف مستنده أو اسمه',
  latitude: 'درجات عشرية، WGS 84',
  longitude: 'درجات عشرية، WGS 84',
  coordinates_approximate: 'true إذا كانت النقطة قرب المكان فقط',
  kind: 'media-department-statement أو activist-network أو eyewitness أو media-outlet أو ngo-report أو official-statement أو social-media أو imagery',
  url: 'عنوان http(s): الصف الذي فيه عنوان (دون معرّف مستند) يحدّث المصدر الذي يحمله',
  publisher: 'الناشر',
  published_date: 'YYYY-MM-DD',
  accessed_date: 'YYYY-MM-DD',
  reliability: 'completely-reliable أو usually-reliable أو fairly-reliable أو not-usually-reliable أو unreliable أو cannot-be-judged',
  confidential: 'true: لا يُكشف عنه أبداً عبر الواجهة البرمجية العامة',
  contact_notes: 'خاصة بلوحة الإدارة؛ لا تظهر أبداً في تصدير عام',
};

/** Mappings whose columns are the native ones, described above. */
export const isNativeMapping = (mapping: string) => mapping.startsWith('native-');
