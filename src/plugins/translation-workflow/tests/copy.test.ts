import { copyOf, hasText } from '../admin/src/utils/copy';

/** What the desk's "Copy source" puts into the form. */
const body = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Khan Sheikhoun' }] },
  { type: 'paragraph', children: [{ type: 'text', text: 'Struck at ' }, { type: 'text', text: 'dawn', bold: true }, { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: '.' }] }] },
];

test('text is copied as it is', () => {
  expect(copyOf('Airstrike on Saraqib')).toBe('Airstrike on Saraqib');
  expect(copyOf('سراقب\nسراقب الشرقية')).toBe('سراقب\nسراقب الشرقية');
});

test('rich text is copied whole, marks and links included, as a copy that editing cannot change the source through', () => {
  const copy = copyOf(body) as typeof body;
  expect(copy).toEqual(body);
  expect(copy).not.toBe(body);
  copy[1].children[0].text = 'Struck at night';
  expect(body[1].children[0].text).toBe('Struck at ');
});

test('nothing to copy from an empty field, blank text or rich text without words', () => {
  for (const empty of [null, undefined, '', '  \n', [], [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }]]) {
    expect(hasText(empty)).toBe(false);
    expect(copyOf(empty)).toBeNull();
  }
  expect(hasText(body)).toBe(true);
});
