import type { IntlShape } from 'react-intl';
import { isolate } from '@syria-cms/bilingual-text';
import type { Reasons } from '../../../shared/contracts';
import { getTranslation } from './getTranslation';

/**
 * Why an incident is suggested, in one short line: the places and words of the article (as the
 * article writes them) that point to it, and how long before the dateline it happened.
 */
export function describeReasons({ formatMessage, formatList }: IntlShape, reasons: Reasons): string {
  const parts: string[] = reasons.places.map(({ text, how }) =>
    how === 'named'
      ? formatMessage({ id: getTranslation('reason.named-place'), defaultMessage: 'names {place}' }, { place: isolate(text) })
      : formatMessage({ id: getTranslation('reason.inside-place'), defaultMessage: 'in {place}' }, { place: isolate(text) })
  );
  if (reasons.governorate) {
    parts.push(formatMessage({ id: getTranslation('reason.governorate'), defaultMessage: '{governorate} governorate' }, { governorate: isolate(reasons.governorate) }));
  }
  if (reasons.words.length > 0) {
    const words = formatList([...new Set(reasons.words)].map(isolate), { type: 'conjunction' });
    parts.push(formatMessage({ id: getTranslation('reason.words'), defaultMessage: 'mentions {words}' }, { words }));
  }
  const days = reasons.dateDistanceDays;
  if (days !== null) {
    parts.push(
      days >= 0
        ? formatMessage(
            {
              id: getTranslation('reason.days-before'),
              defaultMessage: '{days, plural, =0 {on the dateline} one {# day before the dateline} other {# days before the dateline}}',
            },
            { days }
          )
        : formatMessage(
            { id: getTranslation('reason.days-after'), defaultMessage: '{days, plural, one {# day after the dateline} other {# days after the dateline}}' },
            { days: -days }
          )
    );
  }
  return parts.join(' · ');
}
