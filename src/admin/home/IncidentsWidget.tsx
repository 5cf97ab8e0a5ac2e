import * as React from 'react';
import { Badge, Box, Flex, Link, Typography, type BadgeProps } from '@strapi/design-system';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { directionOf } from '@syria-cms/bilingual-text';
import { INCIDENT } from '../../uids';
import { homeMessage } from './messages';

/** Verification statuses that wait for an editor: newly reported, and disputed. */
const AWAITING = ['reported', 'disputed'] as const;
type Awaiting = (typeof AWAITING)[number];
const LISTED = 5;

const VARIANTS: Record<Awaiting, BadgeProps['variant']> = { reported: 'warning', disputed: 'danger' };

interface IncidentRow {
  documentId: string;
  locale: string;
  title: string | null;
  date: string | null;
  verificationStatus: Awaiting;
}

interface Awaited {
  locale: string;
  counts: Record<Awaiting, number>;
  rows: IncidentRow[];
}

/** A status's incidents, newest first, as the Content Manager's list view reads its URL. */
const query = (status: Awaiting, pageSize: number) => `filters[$and][0][verificationStatus][$eq]=${status}&sort=date:DESC&page=1&pageSize=${pageSize}`;
const listViewPath = (status: Awaiting, locale: string) =>
  `/content-manager/collection-types/${INCIDENT}?${query(status, 10)}&plugins[i18n][locale]=${encodeURIComponent(locale)}`;
const editViewPath = (row: IncidentRow) =>
  `/content-manager/collection-types/${INCIDENT}/${row.documentId}?plugins[i18n][locale]=${encodeURIComponent(row.locale)}`;

/**
 * Read through the Content Manager's own list API, so that it shows what the admin may read
 * there: in the content locale of the interface language (the default locale otherwise). The
 * verification status is shared by every language, so an incident counts in each it is written in.
 */
function useAwaitingIncidents(): { data?: Awaited; failed: boolean } {
  const { get } = useFetchClient();
  const { locale: interfaceLocale } = useIntl();
  const [state, setState] = React.useState<{ data?: Awaited; failed: boolean }>({ failed: false });
  React.useEffect(() => {
    let current = true;
    (async () => {
      const { data: locales } = await get<{ code: string; isDefault: boolean }[]>('/i18n/locales');
      const locale = locales.find((candidate) => candidate.code === interfaceLocale)?.code ?? locales.find((candidate) => candidate.isDefault)?.code ?? 'en';
      const pages = await Promise.all(
        AWAITING.map(async (status) => {
          const url = `/content-manager/collection-types/${INCIDENT}?${query(status, LISTED)}&locale=${encodeURIComponent(locale)}`;
          return (await get<{ results: IncidentRow[]; pagination: { total: number } }>(url)).data;
        })
      );
      const rows = pages
        .flatMap((page) => page.results)
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
        .slice(0, LISTED);
      const counts = Object.fromEntries(AWAITING.map((status, index) => [status, pages[index].pagination.total])) as Record<Awaiting, number>;
      if (current) setState({ data: { locale, counts, rows }, failed: false });
    })().catch(() => current && setState({ failed: true }));
    return () => {
      current = false;
    };
  }, [get, interfaceLocale]);
  return state;
}

/** The home page's "Incidents awaiting verification": how many, and the newest, each opening its edit view. */
export const IncidentsWidget = () => {
  const intl = useIntl();
  const { data, failed } = useAwaitingIncidents();
  if (!data) return failed ? <Widget.Error /> : <Widget.Loading />;
  if (data.counts.reported + data.counts.disputed === 0) {
    return (
      <Box height="100%" dir={directionOf(intl.locale)}>
        <Widget.NoData>{intl.formatMessage(homeMessage('incidents.none'))}</Widget.NoData>
      </Box>
    );
  }

  const status = (value: Awaiting) => (
    <Badge size="S" variant={VARIANTS[value]}>
      {/* The verification status as the edit view names it (content-texts/enumerations.ts). */}
      {intl.formatMessage({ id: value, defaultMessage: value })}
    </Badge>
  );
  // The panel does not turn itself around for Arabic: the widget follows the interface language.
  return (
    <Flex direction="column" alignItems="stretch" gap={3} dir={directionOf(intl.locale)} data-testid="incidents-awaiting">
      <Flex gap={4} wrap="wrap">
        {AWAITING.map((value) => (
          <Link key={value} tag={NavLink} to={listViewPath(value, data.locale)} data-testid={`awaiting-${value}`}>
            <Flex gap={1}>
              {status(value)}
              <Typography fontWeight="bold" data-testid="count">
                {intl.formatNumber(data.counts[value])}
              </Typography>
            </Flex>
          </Link>
        ))}
      </Flex>
      <Box tag="ul">
        {data.rows.map((row) => (
          <Box
            tag="li"
            key={row.documentId}
            paddingTop={2}
            paddingBottom={2}
            borderColor="neutral150"
            style={{ borderWidth: '1px 0 0 0', borderStyle: 'solid' }}
            data-testid="awaiting-incident"
            data-date={row.date ?? ''}
          >
            <Flex justifyContent="space-between" alignItems="center" gap={2}>
              <Box minWidth={0} flex={1}>
                <Link tag={NavLink} to={editViewPath(row)}>
                  {/* The title keeps its own language and direction, whatever the interface's. */}
                  <Typography textColor="neutral800" lang={row.locale} dir={directionOf(row.locale)}>
                    {row.title || intl.formatMessage(homeMessage('untitled'))}
                  </Typography>
                </Link>
              </Box>
              <Flex gap={2} shrink={0}>
                {row.date && (
                  <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
                    {intl.formatDate(new Date(`${row.date}T00:00:00Z`), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}
                  </Typography>
                )}
                {status(row.verificationStatus)}
              </Flex>
            </Flex>
          </Box>
        ))}
      </Box>
    </Flex>
  );
};
