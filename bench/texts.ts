import type { Random } from './random';

/**
 * Article and incident texts in English and Arabic, written like the media department's (the seed
 * article of 10 April 2017): a lead naming the main place, further places, the weapon, and a few
 * general sentences. Arabic joins "و" to the next place ("وسراقب"), as the matcher must handle.
 */
export interface Names {
  en: string;
  ar: string;
}

export interface ArticleFacts {
  /** Places as the text writes them (a name or an alias), the lead story's first. At least two. */
  places: Names[];
  governorate: Names;
  /** A label or alias of an incident type and of a weapon, as the vocabulary spells them. */
  typeWord: Names;
  weaponWord: Names;
  killed: number;
  dateline: Date;
}

type Template = Names;

const TITLES: Template[] = [
  { en: '{Type} on {p1} and {p2}', ar: '{type} على {p1} و{p2}' },
  { en: '{killed} civilians killed in {p1}, {gov} province', ar: 'مقتل {killed} مدنيين في {p1} بمحافظة {gov}' },
  { en: '{Weapon} used on {p1}', ar: 'استخدام {weapon} في {p1}' },
  { en: 'Coalition condemns attacks on {p1} and {p2}', ar: 'الائتلاف يدين الهجمات على {p1} و{p2}' },
];
const SUMMARY: Template = {
  en: '{Type} on {p1} and other towns in {gov} province left {killed} people dead.',
  ar: 'أوقعت {type} على {p1} وبلدات أخرى في محافظة {gov} {killed} قتلى.',
};
const LEAD: Template = {
  en: 'Activists in {gov} province said that {killed} people were killed and many more injured in {type} on {p1} on {weekday}.',
  ar: 'قال ناشطون في محافظة {gov} إن {killed} أشخاص قتلوا وأصيب آخرون في {type} على {p1} يوم {weekday}.',
};
const MORE_PLACES: Template = {
  en: 'More {type} hit {others}, leaving many people killed or injured.',
  ar: 'وضربت {type} أخرى {others}، ما خلّف عدداً من القتلى والجرحى.',
};
const WEAPON: Template = {
  en: 'Witnesses said that {weapon} were used in the attacks, which targeted civilian homes and a local market.',
  ar: 'وقال شهود إن {weapon} استُخدمت في الهجمات التي استهدفت منازل المدنيين وسوقاً شعبياً.',
};
const GENERAL: Template[] = [
  { en: 'Civil defence teams worked for hours to pull survivors from under the rubble.', ar: 'وعملت فرق الدفاع المدني ساعات لانتشال الناجين من تحت الأنقاض.' },
  { en: 'Local medical sources said that hospitals in the area were overwhelmed and short of supplies.', ar: 'وقالت مصادر طبية محلية إن المشافي في المنطقة امتلأت بالجرحى وتعاني نقصاً في المستلزمات.' },
  { en: 'The attacks came despite the ceasefire agreements announced earlier in the year.', ar: 'وجاءت الهجمات رغم اتفاقات وقف إطلاق النار المعلنة في وقت سابق من العام.' },
  { en: 'Human rights groups documented the names of the victims, most of them women and children.', ar: 'ووثقت منظمات حقوقية أسماء الضحايا، ومعظمهم من النساء والأطفال.' },
  { en: 'Thousands of families have fled towards the border since the escalation began.', ar: 'ونزحت آلاف العائلات نحو الحدود منذ بدء التصعيد.' },
];
const CLOSING: Template = {
  en: 'The Syrian Coalition condemned the attacks and called on the international community to protect civilians. The media department will publish further details as they are verified.',
  ar: 'وأدان الائتلاف الوطني السوري الهجمات، ودعا المجتمع الدولي إلى حماية المدنيين. وستنشر الدائرة الإعلامية مزيداً من التفاصيل بعد التحقق منها.',
};
const INCIDENT_TITLE: Template = { en: '{Type} on {place}', ar: '{type} على {place}' };
const INCIDENT_DESCRIPTION: Template = {
  en: 'Local activists reported {type} on {place}; {killed} people were killed.',
  ar: 'أفاد ناشطون محليون ب{type} على {place}، ما أدى إلى مقتل {killed} أشخاص.',
};
const WEEKDAYS: Names[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((en, i) => ({
  en,
  ar: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'][i],
}));

/** Every fixed word of the templates, in both languages: generated place names must not be one. */
export const TEMPLATE_WORDS: string[] = [...TITLES, SUMMARY, LEAD, MORE_PLACES, WEAPON, ...GENERAL, CLOSING, INCIDENT_TITLE, INCIDENT_DESCRIPTION, ...WEEKDAYS]
  .flatMap((t) => [t.en, t.ar])
  .flatMap((text) => text.replace(/\{\w+\}/g, ' ').split(/\s+/))
  .filter(Boolean);

type Lang = keyof Names;
const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? `{${key}}`);
const list = (names: string[], lang: Lang) =>
  lang === 'ar' ? names.join(' و') : names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export function articleTexts(random: Random, facts: ArticleFacts) {
  const title = random.pick(TITLES);
  const general = random.sample(GENERAL, random.int(1, 3));
  const weekday = WEEKDAYS[facts.dateline.getUTCDay()];
  const text = (lang: Lang) => {
    const values = {
      p1: facts.places[0][lang],
      p2: facts.places[1][lang],
      others: list(facts.places.slice(1).map((p) => p[lang]), lang),
      gov: facts.governorate[lang],
      type: facts.typeWord[lang],
      Type: capital(facts.typeWord[lang]),
      weapon: facts.weaponWord[lang],
      Weapon: capital(facts.weaponWord[lang]),
      killed: String(facts.killed),
      weekday: weekday[lang],
    };
    const body = [LEAD, MORE_PLACES, WEAPON, ...general, CLOSING].map((t) => paragraph(fill(t[lang], values)));
    return { title: fill(title[lang], values), summary: fill(SUMMARY[lang], values), body };
  };
  return { en: text('en'), ar: text('ar') };
}

export function incidentTexts(type: Names, place: Names, killed: number) {
  const text = (lang: Lang) => {
    const values = { type: type[lang].toLowerCase(), Type: type[lang], place: place[lang], killed: String(killed) };
    return { title: fill(INCIDENT_TITLE[lang], values), description: fill(INCIDENT_DESCRIPTION[lang], values) };
  };
  return { en: text('en'), ar: text('ar') };
}
