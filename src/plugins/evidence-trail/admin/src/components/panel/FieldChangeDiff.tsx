import { Box, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useFieldLabels } from '@syria-cms/strapi-admin-helpers';
import type { FieldChange } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { ChangeValue } from './ChangeValue';

/**
 * One field of one version, before and after, side by side, named as the form names it; the locale
 * and version say which row of the document changed.
 */
export const FieldChangeDiff = ({ uid, change }: { uid: string; change: FieldChange }) => {
  const { formatMessage, formatDisplayName } = useIntl();
  const { labelOf } = useFieldLabels(uid);
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const version = change.version === 'published' ? t('version.published', 'published') : t('version.draft', 'draft');
  // Which row of the document: a locale's draft or published version (a shared value has no locale).
  const where = change.locale
    ? formatMessage({ id: getTranslation('diff.where'), defaultMessage: '{language}, {version}' }, { language: formatDisplayName(change.locale, { type: 'language' }) ?? change.locale, version })
    : version;
  const heading = (text: string) => (
    <Typography variant="sigma" textColor="neutral600">
      {text}
    </Typography>
  );

  return (
    <Box data-testid={`field-change-${change.field}`} data-locale={change.locale ?? ''} data-version={change.version}>
      <Typography variant="delta" tag="h4">
        <bdi>{labelOf(change.field)}</bdi>{' '}
        <Typography variant="pi" textColor="neutral600">
          ({where})
        </Typography>
      </Typography>
      <Grid.Root gap={3} paddingTop={1}>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          {heading(t('diff.before', 'Before'))}
          <ChangeValue value={change.before} locale={change.locale} data-testid="before" />
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          {heading(t('diff.after', 'After'))}
          <ChangeValue value={change.after} locale={change.locale} data-testid="after" />
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
