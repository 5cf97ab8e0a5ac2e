import { Box, Flex } from '@strapi/design-system';
import { Layouts, Page, Pagination } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { LoadState } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import { RefusalFilters } from '../components/audit/RefusalFilters';
import { RefusalTable } from '../components/audit/RefusalTable';
import { DEFAULT_PAGE_SIZE, useRefusalFilters } from '../hooks/useRefusalFilters';
import { useRefusals } from '../hooks/useRefusals';
import { getTranslation } from '../utils/getTranslation';

const PAGE_SIZES = ['10', String(DEFAULT_PAGE_SIZE), '50', '100'];

/**
 * The audit of refused writes: who tried to change what the app's rules did not let them, newest
 * first. The admin panel does not turn itself around for Arabic, so the page's own content follows
 * the interface language's direction here.
 */
const AuditPage = () => {
  const { formatMessage, locale: interfaceLocale } = useIntl();
  const { days, params, setFilter } = useRefusalFilters();
  const refusals = useRefusals(params);
  const title = formatMessage({ id: getTranslation('audit.title'), defaultMessage: 'Refused writes' });

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Box dir={directionOf(interfaceLocale)} data-testid="evidence-trail-audit">
        <Layouts.Header
          title={title}
          subtitle={formatMessage({ id: getTranslation('audit.subtitle'), defaultMessage: 'Changes the rules refused, and who tried them' })}
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <RefusalFilters days={days} onChange={setFilter} />
            {refusals.data ? (
              <>
                <RefusalTable rows={refusals.data.data} />
                <Pagination.Root pageCount={refusals.data.meta.pagination.pageCount} total={refusals.data.meta.pagination.total} defaultPageSize={DEFAULT_PAGE_SIZE}>
                  <Pagination.PageSize options={PAGE_SIZES} />
                  <Pagination.Links />
                </Pagination.Root>
              </>
            ) : (
              <LoadState remote={refusals} />
            )}
          </Flex>
        </Layouts.Content>
      </Box>
    </Page.Main>
  );
};

// Default export: the admin router loads the page lazily (addMenuLink's `Component`).
export default AuditPage;
