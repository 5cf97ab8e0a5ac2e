import { Grid } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { QueueParams } from '../../../../shared/contracts';
import { useWorkflowSettings } from '../../hooks/useWorkflowSettings';
import type { FilterChange } from '../../hooks/useQueueFilters';
import { getTranslation } from '../../utils/getTranslation';
import { STATUS_MESSAGES, typeMessage, WORK_ORDER } from '../../utils/messages';
import { FilterSelect } from './FilterSelect';
import { SearchField } from './SearchField';

interface Props {
  params: QueueParams;
  onChange: (change: FilterChange) => void;
}

/** Target locale, content type, status, order, and a search in the titles of both languages. */
export const QueueFilters = ({ params, onChange }: Props) => {
  const { formatMessage, formatDisplayName } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const settings = useWorkflowSettings();
  // Until the settings are read, the locale asked for is the only choice, so the select can show it.
  const locales = settings?.locales ?? [params.locale];

  return (
    <Grid.Root gap={4}>
      <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
        <FilterSelect
          name="locale"
          label={t('filters.locale', 'Translation into')}
          value={params.locale}
          options={locales.map((code) => ({ value: code, label: formatDisplayName(code, { type: 'language' }) ?? code }))}
          onChange={(locale) => onChange({ locale })}
        />
      </Grid.Item>
      <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
        <FilterSelect
          name="type"
          label={t('filters.type', 'Content type')}
          value={params.type}
          options={[
            { value: '', label: t('filters.type.all', 'All types') },
            ...(settings?.types ?? []).map(({ uid, displayName }) => ({ value: uid, label: formatMessage(typeMessage(uid, displayName)) })),
          ]}
          onChange={(type) => onChange({ type })}
        />
      </Grid.Item>
      <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
        <FilterSelect
          name="status"
          label={t('filters.status', 'Status')}
          value={params.status}
          options={[
            { value: '', label: t('filters.status.all', 'All to do') },
            ...WORK_ORDER.map((status) => ({ value: status, label: formatMessage(STATUS_MESSAGES[status]) })),
          ]}
          onChange={(status) => onChange({ status: status as QueueParams['status'] })}
        />
      </Grid.Item>
      <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
        <FilterSelect
          name="sort"
          label={t('filters.sort', 'Order')}
          value={params.sort}
          options={[
            { value: 'oldest', label: t('filters.sort.oldest', 'Oldest first') },
            { value: 'newest', label: t('filters.sort.newest', 'Newest first') },
          ]}
          onChange={(sort) => onChange({ sort: sort as QueueParams['sort'] })}
        />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <SearchField
          label={t('filters.search', 'Search')}
          placeholder={t('filters.search.placeholder', 'Words of the title, in either language')}
          value={params.q}
          onSearch={(q) => onChange({ q })}
        />
      </Grid.Item>
    </Grid.Root>
  );
};
