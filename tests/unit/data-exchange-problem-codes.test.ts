import { IntlMessageFormat } from 'intl-messageformat';
import { PROBLEM_CODES as PAGE_CODES, type ProblemCode, type ProblemParams } from '../../src/admin/data-exchange/contract';
import { dataExchange } from '../../src/admin/data-exchange/translations';
import { PROBLEM_CODES as SERVER_CODES } from '../../src/data-exchange/import/types';

/**
 * The import names each problem by a code (src/data-exchange/import/types.ts) and the Import &
 * Export page words it (src/admin/data-exchange): the page keeps its own list, since admin code
 * may not import the server's, so a code added on one side only fails here, as does a code the
 * page has no English or Arabic for.
 */
const ARABIC = /[\u0600-\u06FF]/;

/** Params as the server sends them, one example per code; the page turns lists into words. */
const EXAMPLES: Record<ProblemCode, ProblemParams> = {
  'too-long': { length: 120, max: 100 },
  'not-a-whole-number': {},
  'below-zero': {},
  'too-large': {},
  'not-a-decimal': {},
  'out-of-range': { min: -90, max: 90 },
  'not-a-boolean': {},
  'not-a-time': {},
  'not-one-of': { values: 'day, week, month' },
  'unknown-certainty': { values: 'confirmed, suspected' },
  'unknown-term': {},
  'several-terms': { count: 2 },
  'unknown-place': {},
  'several-places': { count: 3 },
  'unknown-source': {},
  duplicate: { firstRow: 2 },
  required: { type: 'Incident' },
  'wrong-form': { pattern: '^[a-z]+$' },
  taken: { identifier: 'pcode', holder: 'abc123' },
  'not-a-date': {},
  'future-date': { date: '2099-01-01' },
  'not-a-count': { field: 'killedMin' },
  'min-above-max': { min: 'killedMin', low: 9, max: 'killedMax', high: 3 },
  'parts-above-total': { parts: 'childrenKilled, womenKilled', sum: 11, total: 'killedMax', totalValue: 10 },
  'not-a-pcode': {},
  'pcode-for-level': { level: 'town', formats: 'C and up to 6 digits' },
  'coordinate-out-of-range': { min: -90, max: 90 },
  'coordinates-unpaired': {},
  'missing-column': { column: 'event_id_cnty', mapping: 'ACLED' },
};

test('the page knows the codes the server sends, and no other', () => {
  expect(new Set(SERVER_CODES).size).toBe(SERVER_CODES.length);
  expect([...PAGE_CODES].sort()).toEqual([...SERVER_CODES].sort());
});

test.each(PAGE_CODES.map((code) => [code]))('%s: said in English and in Arabic, every value of the sentence given', (code) => {
  for (const language of ['en', 'ar'] as const) {
    const text = dataExchange[language][`data-exchange.problem.${code}`];
    expect({ code, language, text }).toEqual({ code, language, text: expect.any(String) });
    // Formats with the server's params, in full: no argument left unfilled, none the server does not send.
    const said = new IntlMessageFormat(text, language).format(EXAMPLES[code] as Record<string, string | number>) as string;
    expect(said).not.toMatch(/[{}]/);
    if (language === 'ar') expect(said).toMatch(ARABIC);
    else expect(said).not.toMatch(ARABIC);
  }
});

test('each form of p-code a level may need is described in both languages', () => {
  for (const format of ['governorate', 'district', 'sub-district', 'community']) {
    expect(dataExchange.en[`data-exchange.pcode-format.${format}`]).toMatch(/such as/);
    expect(dataExchange.ar[`data-exchange.pcode-format.${format}`]).toMatch(ARABIC);
  }
});
