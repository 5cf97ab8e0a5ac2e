import { blocksToHtml } from '@syria-cms/bilingual-text';
import { readIncidentFilters } from '../../src/lib/incident-filters';
import { isCalendarDate, ParameterReader } from '../../src/lib/public-query';
import { queryWords, searchTextOf } from '../../src/lib/search-text';

test('calendar dates are real days in ISO form', () => {
  expect(isCalendarDate('2017-04-04')).toBe(true);
  expect(isCalendarDate('2016-02-29')).toBe(true);
  expect(isCalendarDate('2017-02-29')).toBe(false);
  expect(isCalendarDate('2017-4-4')).toBe(false);
  expect(isCalendarDate('04/04/2017')).toBe(false);
});

test('incident filters are read with every problem named by its parameter', () => {
  const reader = new ParameterReader({ from: '2017-04-09', to: '2017-04-01', location: 'SY07,SY05', minKilled: '2.5' });
  const filters = readIncidentFilters(reader);
  expect(filters).toEqual({ from: '2017-04-09', to: '2017-04-01', location: ['SY07', 'SY05'] });
  expect(reader.problems.map((problem) => problem.path)).toEqual([['minKilled'], ['to']]);
});

test('lists accept commas and repeats, and refuse empty values', () => {
  expect(readIncidentFilters(new ParameterReader({ weapon: ['napalm', 'missile,napalm'] }))).toEqual({ weapon: ['napalm', 'missile'] });
  const reader = new ParameterReader({ weapon: 'napalm,' });
  readIncidentFilters(reader);
  expect(reader.problems.map((problem) => problem.path)).toEqual([['weapon']]);
});

test('search words are folded and Arabic words kept with their readings', () => {
  const text = searchTextOf({ title: 'غارات بالفوسفور على خان شيخون', summary: null }, ['title', 'summary']);
  expect(text).toContain(' بالفوسفور ');
  expect(text).toContain(' فوسفور ');
  expect(text.startsWith(' ') && text.endsWith(' ')).toBe(true);
  expect(queryWords('Khan Sheikhoun')).toEqual(queryWords('khan sheikoun'));
  expect(searchTextOf({ body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Saraqib' }] }] }, ['body'])).toBe(` ${queryWords('Saraqib')[0][0]} `);
});

test('blocks become HTML for feed readers with text escaped and unsafe links dropped', () => {
  const html = blocksToHtml([
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'A <b> & "c"' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'bold', bold: true }, { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] },
    { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'ok' }] }] }] },
  ]);
  expect(html).toBe(
    '<h2>A &lt;b&gt; &amp; &quot;c&quot;</h2>\n<p><strong>bold</strong>x</p>\n<ol><li><a href="https://example.org">ok</a></li></ol>'
  );
});
