import { foldText } from '@syria-cms/bilingual-text';
import type { Random } from './random';

/**
 * Made-up town and village names that read like Syrian ones, written in Latin transliteration and
 * in Arabic from the same syllables ("Kafr Sabarin" / "كفر صابرين"), a common word first for some
 * ("Kafr", "Tell", "Ain"...), as real names have. Names are unique once folded the way the
 * suggestion matcher folds them, and never a word of the article templates, so that every match
 * the matcher finds is a place the generator meant.
 */
const PREFIXES: [string, string, string?][] = [
  ['Kafr', 'كفر', 'Kfar'],
  ['Tell', 'تل', 'Tal'],
  ['Ain', 'عين'],
  ['Deir', 'دير', 'Dayr'],
  ['Beit', 'بيت', 'Bayt'],
  ['Khirbet', 'خربة', 'Khirbat'],
  ['Umm', 'أم'],
  ['Abu', 'أبو'],
  ['Maarat', 'معرة', "Ma'arrat"],
  ['Jisr', 'جسر'],
  ['Qasr', 'قصر', 'Kasr'],
  ['Mazraat', 'مزرعة'],
];
const CONSONANTS: [string, string][] = [
  ['b', 'ب'], ['t', 'ت'], ['j', 'ج'], ['h', 'ح'], ['kh', 'خ'], ['d', 'د'], ['r', 'ر'], ['z', 'ز'], ['s', 'س'], ['sh', 'ش'],
  ['s', 'ص'], ['t', 'ط'], ['f', 'ف'], ['q', 'ق'], ['k', 'ك'], ['l', 'ل'], ['m', 'م'], ['n', 'ن'], ['h', 'ه'],
];
/** Short vowels are not written in Arabic, long ones are. */
const VOWELS: [string, string, number][] = [['a', 'ا', 3], ['a', '', 3], ['ou', 'و', 1.5], ['i', 'ي', 1.5], ['ee', 'ي', 0.5]];
const ENDINGS: [string, string, number][] = [['', '', 4], ['n', 'ن', 2], ['r', 'ر', 1], ['m', 'م', 1], ['a', 'ة', 1.5], ['iya', 'ية', 1], ['in', 'ين', 1]];

export interface TownName {
  en: string;
  ar: string;
  aliases: { en: string[]; ar: string[] };
}

export function townNameMaker(random: Random, reserved: Iterable<string>) {
  const taken = new Set([...reserved].map(foldText));
  const syllable = () => {
    const [ce, ca] = random.pick(CONSONANTS);
    const [ve, va] = VOWELS[random.weighted(VOWELS.map((v) => v[2]))];
    return [ce + ve, ca + va];
  };
  const root = () => {
    const parts = [syllable(), syllable()];
    if (random.chance(0.25)) parts.push(syllable());
    const [ee, ea] = ENDINGS[random.weighted(ENDINGS.map((e) => e[2]))];
    const en = parts.map((p) => p[0]).join('') + ee;
    return { en: en[0].toUpperCase() + en.slice(1), ar: parts.map((p) => p[1]).join('') + ea };
  };

  return (): TownName => {
    for (;;) {
      const prefix = random.chance(0.45) ? random.pick(PREFIXES) : undefined;
      const base = root();
      const en = prefix ? `${prefix[0]} ${base.en}` : base.en;
      const ar = prefix ? `${prefix[1]} ${base.ar}` : base.ar;
      if (base.ar.length < 3 || taken.has(foldText(en)) || taken.has(foldText(ar))) continue;
      taken.add(foldText(en));
      taken.add(foldText(ar));
      const aliases: TownName['aliases'] = { en: [], ar: [] };
      const alias = (list: string[], spelling: string) => {
        if (taken.has(foldText(spelling))) return;
        list.push(spelling);
        taken.add(foldText(spelling));
      };
      // A few places have another transliteration or spelling, as the demo's "Khan Sheikoun".
      if (prefix?.[2] && random.chance(0.3)) alias(aliases.en, `${prefix[2]} ${base.en}`);
      else if (!prefix && random.chance(0.08)) alias(aliases.en, base.en.replace(/ou/, 'u').replace(/a(?=[^a]*$)/, 'e'));
      if (!prefix && random.chance(0.05)) alias(aliases.ar, `ال${base.ar}`);
      return { en, ar, aliases };
    }
  };
}
