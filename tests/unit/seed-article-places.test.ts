import fs from 'node:fs';
import path from 'node:path';
import { buildNameIndex, findNames } from '@syria-cms/bilingual-text';

/** The demo's seed article names its places in both languages, and the name index finds them all. */
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
    // Quoted without what Arabic attached: the text writes "وصوران".
    expect(found.find((f) => f.id === 'Souran')!.text).toBe('صوران');
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
