import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { toIsoDate } from '../../src/data-exchange/import/cells';
import { DELIMITERS, detectDelimiter, detectEncoding, openTable, type Encoding } from '../../src/data-exchange/tables/read-table';

/** What the import reads of a spreadsheet: encodings, delimiters, XLSX cells, and dates. */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'read-table-'));
});

async function readAll(file: string, options = {}) {
  const table = await openTable(file, options);
  const rows = [];
  for await (const row of table.rows) rows.push(row);
  return { ...table, rows };
}

// Cells as people write them: Arabic and Latin letters, digits, spaces and the characters CSV must quote.
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى';
const cellText = fc
  .array(fc.constantFrom(...`${ARABIC}abcXYZ019 ,;|"'\n-`.split('')), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join('').trim())
  .filter((text) => text.length > 0);

test('any table written in any delimiter, in UTF-8 (with or without BOM) or Windows-1256, reads back cell for cell', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
      fc.constantFrom(...DELIMITERS),
      fc.constantFrom<[Encoding, boolean]>(['utf-8', false], ['utf-8', true], ['windows-1256', false]),
      async (rows, delimiter, [encoding, bom]) => {
        const text = stringify([['name', 'name__ar', 'notes'], ...rows], { delimiter, record_delimiter: 'windows' });
        const file = path.join(dir, `generated-${n++}.csv`);
        await writeFile(file, Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), iconv.encode(text, encoding)]));
        const table = await readAll(file);
        expect(table.format).toEqual({ type: 'csv', encoding, delimiter });
        expect(table.columns).toEqual(['name', 'name__ar', 'notes']);
        expect(table.rows.map(({ cells }) => [cells.name, cells.name__ar, cells.notes])).toEqual(rows.map((row) => row.map((cell) => cell.trim())));
        expect(table.rows.map(({ row }) => row)).toEqual(rows.map((_, index) => index + 2));
      }
    ),
    { numRuns: 60 }
  );
});

test('the encoding: a byte order mark says it, valid UTF-8 is UTF-8 even when the sample ends inside a letter, anything else Windows-1256', () => {
  expect(detectEncoding(Buffer.from('\ufeffname', 'utf8'))).toBe('utf-8');
  expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x6e, 0x00]))).toBe('utf-16le');
  const arabic = Buffer.from('اسم,حلب', 'utf8');
  expect(detectEncoding(arabic.subarray(0, arabic.length - 1))).toBe('utf-8');
  expect(detectEncoding(iconv.encode('اسم,حلب', 'windows-1256'))).toBe('windows-1256');
  expect(detectEncoding(Buffer.from('plain ascii'))).toBe('utf-8');
});

test('the delimiter is the candidate the header holds most', () => {
  expect(detectDelimiter('a;b;c')).toBe(';');
  expect(detectDelimiter('a\tb\tc')).toBe('\t');
  expect(detectDelimiter('a|b,c|d')).toBe('|');
  expect(detectDelimiter('single')).toBe(',');
});

test('a chosen encoding and delimiter are used as given', async () => {
  const file = path.join(dir, 'chosen.csv');
  await writeFile(file, iconv.encode('a|b\r\nحلب|x\r\n', 'windows-1256'));
  const table = await readAll(file, { encoding: 'windows-1256', delimiter: '|' });
  expect(table.rows).toEqual([{ row: 2, cells: { a: 'حلب', b: 'x' } }]);
});

test('XLSX: the first sheet, dates as dates, formulas by their result, empty rows left out, rows numbered as the sheet does', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Events');
  workbook.addWorksheet('Other').addRow(['ignored']);
  sheet.addRow(['id', 'date', 'total', 'name']);
  sheet.addRow(['A-1', new Date(Date.UTC(2017, 3, 9)), { formula: '1+2', result: 3 }, 'سراقب']);
  sheet.addRow([]);
  sheet.addRow(['A-2', '2017-04-10', 5, { richText: [{ text: 'Khan ' }, { text: 'Sheikhoun' }] }]);
  const file = path.join(dir, 'events.xlsx');
  await workbook.xlsx.writeFile(file);
  const table = await readAll(file);
  expect(table.format).toEqual({ type: 'xlsx' });
  expect(table.rows).toEqual([
    { row: 2, cells: { id: 'A-1', date: '2017-04-09', total: '3', name: 'سراقب' } },
    { row: 4, cells: { id: 'A-2', date: '2017-04-10', total: '5', name: 'Khan Sheikhoun' } },
  ]);
});

test('a header naming a column twice, and an empty file, are refused with the reason', async () => {
  const twice = path.join(dir, 'twice.csv');
  await writeFile(twice, 'title,date,title\nx,2017-04-09,y\n');
  await expect(openTable(twice)).rejects.toThrow('The header names the column "title" twice');
  const empty = path.join(dir, 'empty.csv');
  await writeFile(empty, '');
  await expect(openTable(empty)).rejects.toThrow(/empty/);
});

test('dates: ISO and ACLED’s "9 April 2017", and nothing that is not a calendar date', () => {
  expect(toIsoDate('2017-04-09')).toBe('2017-04-09');
  expect(toIsoDate('9 April 2017')).toBe('2017-04-09');
  expect(toIsoDate('09-Apr-2017')).toBe('2017-04-09');
  expect(toIsoDate('31 February 2017')).toBeNull();
  expect(toIsoDate('2017-02-29')).toBeNull();
  expect(toIsoDate('9 Smarch 2017')).toBeNull();
  expect(toIsoDate('04/09/2017')).toBeNull();
});
