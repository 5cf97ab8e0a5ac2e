import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { directionOf } from '@syria-cms/bilingual-text';
import { getTranslation } from '../../utils/getTranslation';
import { valueLines } from '../../utils/values';

interface Props {
  value: unknown;
  /** The locale of the version the value belongs to; null for a value every locale shares. */
  locale: string | null;
  'data-testid'?: string;
}

/**
 * A recorded value, readable: in its version's language and direction, so an Arabic summary reads
 * right to left whatever the interface speaks. A shared value (a key, a date) stays left to right.
 */
export const ChangeValue = ({ value, locale, ...props }: Props) => {
  const { formatMessage } = useIntl();
  const lines = valueLines(value);
  if (lines.length === 0) {
    const empty = formatMessage({ id: getTranslation('value.empty'), defaultMessage: 'empty' });
    return (
      <Typography tag="p" textColor="neutral500" title={empty} aria-label={empty} {...props}>
        —
      </Typography>
    );
  }
  const direction = locale ? directionOf(locale) : 'ltr';
  return (
    <Flex direction="column" alignItems="stretch" gap={1} lang={locale ?? undefined} dir={direction} {...props}>
      {lines.map((line, index) => (
        <Typography key={index} tag="p" variant="omega" textColor="neutral800" style={{ overflowWrap: 'anywhere' }}>
          {line}
        </Typography>
      ))}
    </Flex>
  );
};
