import { Box, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { directionOf } from '@syria-cms/bilingual-text';
import type { ChangedField } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { FieldValue } from './FieldValue';

interface Props {
  change: ChangedField;
  /** The locale the source text is written in. */
  sourceLocale: string;
  /** The field's label as the form shows it; none where the caller heads the field itself. */
  label?: string;
}

/**
 * A source field as the translation was made from it, and as it reads now, side by side: in the
 * Translation panel's list of changes and at the translator's desk.
 */
export const ChangedFieldDiff = ({ change, sourceLocale, label }: Props) => {
  const { formatMessage } = useIntl();
  const heading = (id: string, defaultMessage: string) => (
    <Typography variant="sigma" textColor="neutral600">
      {formatMessage({ id: getTranslation(id), defaultMessage })}
    </Typography>
  );
  return (
    <Box data-testid={`changed-field-${change.field}`}>
      {label !== undefined && (
        <Typography variant="delta" tag="h4">
          {label}
        </Typography>
      )}
      {/* The columns run in the source's direction, so each heading sits over its text. */}
      <Grid.Root gap={3} paddingTop={1} dir={directionOf(sourceLocale)}>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          {heading('changed.before', 'Before')}
          <FieldValue value={change.before} locale={sourceLocale} data-testid="before" />
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          {heading('changed.after', 'Now')}
          <FieldValue value={change.after} locale={sourceLocale} data-testid="after" />
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
