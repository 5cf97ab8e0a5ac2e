/**
 * Folding makes spellings that people read as the same name compare equal, in Arabic script and in
 * Latin transliteration: "خان شيخون" with or without hamza and vowel marks, "Khan Sheikhoun" and
 * "Khan Sheikoun", "Ma'arat al-Nu'man" and "Maarat Alnouman". Search and place matching fold both
 * sides the same way, so the rules may be lossy; they only need to be consistent.
 */

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g; // harakat, Quranic marks, tatweel
const ARABIC_LETTERS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ة': 'ه',
  'ى': 'ي',
  'ؤ': 'و',
  'ئ': 'ي',
  'ی': 'ي', // Persian yeh
  'ک': 'ك', // Persian kaf
};
const ARABIC_DIGITS = /[\u0660-\u0669]/g;

export function foldArabic(text: string): string {
  return text
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱةىؤئیک]/g, (letter) => ARABIC_LETTERS[letter])
    .replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0660));
}

/** Ordered: digraphs before vowels, vowels before doubled letters are collapsed. */
const LATIN_RULES: [RegExp, string][] = [
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/q/g, 'k'],
  [/ou|oo|u/g, 'u'],
  [/ee|ei|ey|ay|ai|ie|y/g, 'i'],
  [/(.)\1+/g, '$1'],
  // Plurals: "airstrikes", "weapons". Lossy ("Homs" becomes "hom") but the same on both sides.
  [/(...)s$/, '$1'],
];

/** One Latin word, already lower-cased and without marks or apostrophes. */
function foldLatinWord(word: string): string {
  // The Arabic article is written "al-", "el-", "Al" joined or left out: "Alnouman", "al-Nu'man", "Numan".
  let folded = word.length > 4 ? word.replace(/^(al|el)/, '') : word;
  for (const [pattern, replacement] of LATIN_RULES) folded = folded.replace(pattern, replacement);
  return folded;
}

const APOSTROPHES = /['’‘`´ʿʾʼ]/g;

/**
 * Splits a text into folded words. Hyphens and apostrophes inside a name join its parts
 * ("al-Nu'man" is one word, "alnuman"), and a possessive "'s" is dropped.
 */
export function foldedWords(text: string): string[] {
  const normalized = foldArabic(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
    .replace(/['’]s\b/g, '')
    .replace(APOSTROPHES, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1');
  const words = normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((word) => (/[a-z]/.test(word) ? foldLatinWord(word) : word));
}

/** The folded form of a whole text, words separated by single spaces. */
export const foldText = (text: string): string => foldedWords(text).join(' ');

/**
 * Arabic attaches conjunctions and prepositions to the next word ("وسراقب", "بالفوسفور"), and
 * writes the article "ال" or leaves it out. The readings of one folded Arabic word, longest first.
 */
export function arabicReadings(word: string): string[] {
  const readings = [word];
  const strip = (current: string, prefixes: string[]) => {
    for (const prefix of prefixes) {
      if (current.startsWith(prefix) && current.length - prefix.length >= 2) return current.slice(prefix.length);
    }
    return undefined;
  };
  let current = word;
  for (const prefixes of [['و', 'ف'], ['ب', 'ل', 'ك'], ['ال']]) {
    const stripped = strip(current, prefixes);
    if (stripped) {
      readings.push(stripped);
      current = stripped;
    }
  }
  return [...new Set(readings)];
}
