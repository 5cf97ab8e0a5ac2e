import { arabicReadings, buildNameIndex, findNames, foldArabic, foldText } from '../src';

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

describe('names found in a text', () => {
  const index = buildNameIndex([
    { id: 'souran', names: ['صوران', 'Souran'] },
    { id: 'wp', names: ['الفوسفور الأبيض'] },
    { id: 'khan', names: ['خان شيخون'] },
  ]);

  test('are quoted as the text wrote them, without the conjunction or preposition Arabic attached', () => {
    const found = findNames(index, 'وصوران، وقصف بالفوسفور الأبيض على «وخانْ شيخون».');
    expect(Object.fromEntries(found.map((mention) => [mention.id, mention.text]))).toEqual({
      souran: 'صوران',
      wp: 'الفوسفور الأبيض',
      khan: 'خانْ شيخون',
    });
  });

  test('a Latin name is quoted whole', () => {
    expect(findNames(index, 'Souran, near Hama').map((mention) => mention.text)).toEqual(['Souran']);
  });
});
