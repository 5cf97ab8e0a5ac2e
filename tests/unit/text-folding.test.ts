import fs from 'node:fs';
import path from 'node:path';
import { buildNameIndex, findNames } from '../../src/lib/name-index';
import { arabicReadings, foldArabic, foldText } from '../../src/lib/text-folding';

describe('Arabic folding', () => {
  test('alef forms, taa marbuta, alef maqsura, diacritics and tatweel', () => {
    expect(foldArabic('إدلب')).toBe(foldArabic('ادلب'));
    expect(foldArabic('حماة')).toBe(foldArabic('حماه'));
    expect(foldArabic('مصطفى')).toBe(foldArabic('مصطفي'));
    expect(foldArabic('خَانُ شَيْخُون')).toBe('خان شيخون');
    expect(foldArabic('خـــان شيخـون')).toBe('خان شيخون');
    expect(foldArabic('أورم الجوز')).toBe('اورم الجوز');
  });

  test('attached conjunctions, prepositions and the article are read off', () => {
    expect(arabicReadings('وسراقب')).toContain('سراقب');
    expect(arabicReadings('بالفوسفور')).toEqual(expect.arrayContaining(['الفوسفور', 'فوسفور']));
    expect(arabicReadings('واللطامنه')).toContain('اللطامنه');
  });
});

describe('Latin folding', () => {
  test.each([
    ['Maarat Alnouman', "Ma'arat al-Nu'man"],
    ['Maarat Alnouman', 'Maarrat al-Numan'],
    ['Khan Sheikhoun', 'Khan Sheikoun'],
    ['Khan Sheikhoun', 'khan sheikhoun'],
    ['Heesh', 'Hish'],
    ['Deir Sharqi', 'Dayr Sharki'],
    ['Idlib', "Idlib's"],
  ])('%s folds like %s', (a, b) => {
    expect(foldText(a)).toBe(foldText(b));
  });

  test('different places stay different', () => {
    expect(foldText('Saraqib')).not.toBe(foldText('Sarmin'));
    expect(foldText('Hama')).not.toBe(foldText('Homs'));
  });
});

describe('places named in the seed article', () => {
  const demo = (file: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/demo', file), 'utf8'));
  const locations = demo('locations.json') as { name: { en: string; ar: string }; aliases: { en: string[]; ar: string[] } }[];
  const index = buildNameIndex(
    locations.map((l) => ({ id: l.name.en, names: [l.name.en, l.name.ar, ...l.aliases.en, ...l.aliases.ar] }))
  );
  const article = demo('articles.json')[0];
  const textOf = (lang: 'en' | 'ar') => [article.title[lang], ...article.body[lang]].join('\n');
  const every = locations.map((l) => l.name.en);

  test('the English text names all 25 places, both spellings of Khan Sheikhoun included', () => {
    const found = findNames(index, textOf('en'));
    expect(found.map((f) => f.id).sort()).toEqual([...every].sort());
    expect(found.find((f) => f.id === 'Maarat Alnouman')!.text).toBe('Maarat Alnouman');
  });

  test('the Arabic text names all 25 places, with attached conjunctions', () => {
    const found = findNames(index, textOf('ar'));
    expect(found.map((f) => f.id).sort()).toEqual([...every].sort());
  });

  test('the seed article as published (data/demo/seed-article.en.txt) names the places too', () => {
    const seed = fs.readFileSync(path.join(__dirname, '../../data/demo/seed-article.en.txt'), 'utf8');
    const found = findNames(index, seed).map((f) => f.id);
    expect(found).toEqual(expect.arrayContaining(['Khan Sheikhoun', 'Orem Allouz', 'Shaerat airbase', "Ma'an"]));
  });

  test('a transliteration variant in the text finds the place through folding', () => {
    expect(findNames(index, "Shelling hit Ma'arat al-Nu'man at dawn").map((f) => f.id)).toEqual(['Maarat Alnouman']);
    expect(findNames(index, 'قصف على خانْ شَيخون').map((f) => f.id)).toEqual(['Khan Sheikhoun']);
  });
});
