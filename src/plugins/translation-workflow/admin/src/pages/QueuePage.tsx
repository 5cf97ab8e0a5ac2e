import { Box, Flex } from '@strapi/design-system';
import { Layouts, Page, Pagination } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { LoadState } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import { QueueFilters } from '../components/queue/QueueFilters';
import { QueueTable } from '../components/queue/QueueTable';
import { StatusCounts } from '../components/queue/StatusCounts';
import { useQueue } from '../hooks/useQueue';
import { DEFAULT_PAGE_SIZE, useQueueFilters } from '../hooks/useQueueFilters';
import { getTranslation } from '../utils/getTranslation';

const PAGE_SIZES = ['10', String(DEFAULT_PAGE_SIZE), '50', '100'];

/**
 * The translator's queue: what is missing, outdated or still a draft in a locale, oldest first.
 * The admin panel does not turn itself around for Arabic, so the page's own content follows the
 * interface language's direction here.
 */
const QueuePage = () => {
  const { formatMessage, locale: interfaceLocale } = useIntl();
  const { params, setFilter } = useQueueFilters();
  const queue = useQueue(params);
  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Translations' });

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Box dir={directionOf(interfaceLocale)} data-testid="translation-queue">
        <Layouts.Header
          title={title}
          subtitle={formatMessage({ id: getTranslation('queue.subtitle'), defaultMessage: 'Entries to translate or to bring up to date' })}
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <StatusCounts counts={queue.data?.meta.counts} active={params.status} onSelect={(status) => setFilter({ status })} />
            <QueueFilters params={params} onChange={setFilter} />
            {queue.data ? (
              <>
                <QueueTable rows={queue.data.data} />
                <Pagination.Root pageCount={queue.data.meta.pagination.pageCount} total={queue.data.meta.pagination.total} defaultPageSize={DEFAULT_PAGE_SIZE}>
                  <Pagination.PageSize options={PAGE_SIZES} />
                  <Pagination.Links />
                </Pagination.Root>
              </>
            ) : (
              <LoadState remote={queue} />
            )}
          </Flex>
        </Layouts.Content>
      </Box>
    </Page.Main>
  );
};

// Default export: the admin router loads the page lazily (addMenuLink's `Component`).
export default QueuePage;
