import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { isolate } from '@syria-cms/bilingual-text';
import type { SourceField } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { ChangedFieldDiff } from '../shared/ChangedFieldDiff';
import { FieldValue } from '../shared/FieldValue';
import { copyOf, hasText } from '../../utils/copy';
import { notificationText } from '../../utils/notificationText';

interface Props {
  field: SourceField;
  sourceLocale: string;
  /** The field's label as the form shows it. */
  label: string;
  /** Puts a value into the form's field; absent when the person may not, or the form has no such field. */
  onCopy?: (value: unknown) => void;
}

/**
 * One field of the source: its label, a copy into the form, and its text; for a field that changed
 * since the translation, its text before and now instead.
 */
export const SourceFieldItem = ({ field, sourceLocale, label, onCopy }: Props) => {
  const { formatMessage, locale } = useIntl();
  const { toggleNotification } = useNotification();
  const copyable = onCopy !== undefined && hasText(field.value);

  const copy = () => {
    if (!copyable) return;
    onCopy(copyOf(field.value));
    toggleNotification({
      type: 'success',
      message: notificationText(
        formatMessage({ id: getTranslation('desk.copied'), defaultMessage: 'Copied into the form: {field}. Save to keep it.' }, { field: isolate(label) }),
        locale
      ),
    });
  };

  return (
    <Box tag="li" data-testid={`source-field-${field.field}`} data-changed={field.change !== null}>
      <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
        <Flex gap={2} alignItems="center">
          <Typography variant="delta" tag="h4">
            {label}
          </Typography>
          {field.change && (
            <Badge size="S" variant="warning">
              {formatMessage({ id: getTranslation('desk.changed'), defaultMessage: 'Changed' })}
            </Badge>
          )}
        </Flex>
        <Button
          size="S"
          variant="tertiary"
          startIcon={<Duplicate />}
          disabled={!copyable}
          onClick={copy}
          aria-label={formatMessage({ id: getTranslation('desk.copy.label'), defaultMessage: 'Copy source: {field}' }, { field: label })}
          data-testid="copy-source"
        >
          {formatMessage({ id: getTranslation('desk.copy'), defaultMessage: 'Copy source' })}
        </Button>
      </Flex>
      <Box paddingTop={2}>
        {field.change ? (
          <ChangedFieldDiff change={field.change} sourceLocale={sourceLocale} />
        ) : (
          <FieldValue value={field.value} locale={sourceLocale} data-testid="source-value" />
        )}
      </Box>
    </Box>
  );
};
