import { DatePicker, Field, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useAdminUsers } from '../../hooks/useRefusals';
import type { FilterChange } from '../../hooks/useRefusalFilters';
import { getTranslation } from '../../utils/getTranslation';

/** The select's own value for "everyone": an option's value cannot be empty. */
const EVERYONE = 'all';

interface Props {
  days: { user: string; from: string; to: string };
  onChange: (change: FilterChange) => void;
}

/** A day as the URL keeps it, from the picker's date (a local midnight). */
const dayOf = (date: Date | undefined) =>
  date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : '';
const dateOf = (day: string) => (day ? new Date(`${day}T00:00:00`) : undefined);

/** Who, and between which days (both included); each optional. */
export const RefusalFilters = ({ days, onChange }: Props) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const users = useAdminUsers();

  const dateFilter = (name: 'from' | 'to', label: string) => (
    <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
      <Field.Root name={name}>
        <Field.Label>{label}</Field.Label>
        <DatePicker
          data-testid={`refusal-filter-${name}`}
          locale={locale}
          value={dateOf(days[name])}
          onChange={(date) => onChange({ [name]: dayOf(date) })}
          onClear={() => onChange({ [name]: '' })}
          clearLabel={t('filters.clear', 'Clear')}
        />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Grid.Root gap={4}>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <Field.Root name="user">
          <Field.Label>{t('filters.user', 'Person')}</Field.Label>
          <SingleSelect
            data-testid="refusal-filter-user"
            value={days.user || EVERYONE}
            onChange={(value) => onChange({ user: value === EVERYONE ? '' : String(value) })}
          >
            <SingleSelectOption value={EVERYONE}>{t('filters.user.all', 'Everyone')}</SingleSelectOption>
            {(users.data ?? []).map((user) => (
              <SingleSelectOption key={user.id} value={String(user.id)}>
                {user.email}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Grid.Item>
      {dateFilter('from', t('filters.from', 'From'))}
      {dateFilter('to', t('filters.to', 'To'))}
    </Grid.Root>
  );
};
