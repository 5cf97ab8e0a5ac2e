import fc from 'fast-check';
import { firstDayOf, lastDayOf, monthOf, monthsFrom, nextMonth, previousMonth } from '../../src/incident-months/months';

/** The calendar the monthly figures cut date ranges with (src/incident-months/months.ts), against the Date object's. */
const months = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 7));

test('a month’s last day is the day before the next month’s first, leap years included', () => {
  expect(lastDayOf('2016-02')).toBe('2016-02-29');
  expect(lastDayOf('2017-02')).toBe('2017-02-28');
  expect(lastDayOf('2000-02')).toBe('2000-02-29');
  expect(lastDayOf('1900-02')).toBe('1900-02-28');
  fc.assert(
    fc.property(months, (month) => {
      const dayAfter = new Date(Date.parse(`${lastDayOf(month)}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
      expect(dayAfter).toBe(firstDayOf(nextMonth(month)));
    })
  );
});

test('the next and the previous month undo each other, across years', () => {
  expect(nextMonth('2016-12')).toBe('2017-01');
  expect(previousMonth('2017-01')).toBe('2016-12');
  fc.assert(
    fc.property(months, (month) => {
      expect(previousMonth(nextMonth(month))).toBe(month);
      expect(monthOf(firstDayOf(month))).toBe(month);
    })
  );
});

test('the months from one to another are each once, in order', () => {
  expect(monthsFrom('2016-11', '2017-02')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
  expect(monthsFrom('2017-02', '2016-11')).toEqual([]);
  fc.assert(
    fc.property(months, fc.integer({ min: 0, max: 40 }), (first, count) => {
      let last = first;
      for (let n = 0; n < count; n += 1) last = nextMonth(last);
      const all = monthsFrom(first, last);
      expect(all).toHaveLength(count + 1);
      expect([...all].sort()).toEqual(all);
    })
  );
});
