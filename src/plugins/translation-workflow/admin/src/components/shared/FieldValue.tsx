import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { InterfaceText } from '@syria-cms/strapi-admin-helpers';
import { blocksToParagraphs, directionOf } from '@syria-cms/bilingual-text';
import { getTranslation } from '../../utils/getTranslation';

/** A field's value as paragraphs: blocks by block, other text by line (aliases are one per line). */
const paragraphsOf = (value: unknown): string[] => {
  if (Array.isArray(value)) return blocksToParagraphs(value);
  if (value === null || value === undefined) return [];
  return String(value)
    .split('\n')
    .filter((line) => line.trim() !== '');
};

interface Props {
  value: unknown;
  /** The language the value is written in, for its direction and for screen readers. */
  locale: string;
  'data-testid'?: string;
}

/** A source text as the translator reads it, in its own language and direction. */
export const FieldValue = ({ value, locale, ...props }: Props) => {
  const { formatMessage } = useIntl();
  const paragraphs = paragraphsOf(value);
  if (paragraphs.length === 0) {
    return <InterfaceText {...props}>{formatMessage({ id: getTranslation('value.empty'), defaultMessage: '(empty)' })}</InterfaceText>;
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={1} lang={locale} dir={directionOf(locale)} {...props}>
      {paragraphs.map((paragraph, index) => (
        <Typography key={index} tag="p" variant="omega" textColor="neutral800">
          {paragraph}
        </Typography>
      ))}
    </Flex>
  );
};
