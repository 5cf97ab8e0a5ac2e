import * as React from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { RelativeTime } from '@strapi/content-manager/strapi-admin';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { editViewPath, useRemoteData } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import { PLUGIN_ID } from '../../../../shared/constants';
import type { QueueRow, Status } from '../../../../shared/contracts';
import { useTranslationWorkflowApi } from '../../hooks/useTranslationWorkflowApi';
import { useTranslatorLocales } from '../../hooks/useTranslatorLocales';
import { useWorkflowSettings } from '../../hooks/useWorkflowSettings';
import { getTranslation } from '../../utils/getTranslation';
import { EntryTitle } from '../queue/EntryTitle';
import { StatusBadge } from '../StatusBadge';

/** What waits for a translator: none yet, or behind its source. Drafts are work under way. */
const WAITING = ['missing', 'outdated'] as const satisfies readonly Status[];
/** Entries listed under the counts, the oldest work first, as on the Translations page. */
const LISTED = 4;

interface Waiting {
  locale: string;
  counts: Record<Status, number>;
  rows: QueueRow[];
}

/** The queue filtered as the Translations page reads its URL (useQueueFilters). */
const queuePath = (locale: string, status: Status) => `/plugins/${PLUGIN_ID}?locale=${encodeURIComponent(locale)}&status=${status}`;

/**
 * The home page's "Translations waiting": in each language the signed-in admin translates into,
 * how many entries are missing or outdated (each count opens the queue filtered so), and the
 * oldest of them, each opening its entry in that language.
 */
export const TranslationsWidget = () => {
  const intl = useIntl();
  const api = useTranslationWorkflowApi();
  const settings = useWorkflowSettings();
  const locales = useTranslatorLocales(settings, intl.locale);
  const localesKey = locales.join(',');

  const waiting = useRemoteData(
    React.useCallback(async (): Promise<Waiting[] | undefined> => {
      if (!localesKey) return undefined;
      return Promise.all(
        localesKey.split(',').map(async (locale) => {
          const pages = await Promise.all(
            WAITING.map((status) => api.queue({ locale, status, type: '', q: '', sort: 'oldest', page: 1, pageSize: LISTED }))
          );
          return { locale, counts: pages[0].meta.counts, rows: pages.flatMap((page) => page.data) };
        })
      );
    }, [api, localesKey])
  );

  if (!waiting.data) return waiting.isLoading || !localesKey ? <Widget.Loading /> : <Widget.Error />;
  const total = waiting.data.reduce((sum, { counts }) => sum + counts.missing + counts.outdated, 0);
  // The panel does not turn itself around for Arabic: the widget follows the interface language.
  const dir = directionOf(intl.locale);
  if (total === 0) {
    return (
      <Box height="100%" dir={dir}>
        <Widget.NoData>{intl.formatMessage({ id: getTranslation('widget.none'), defaultMessage: 'No translation is waiting.' })}</Widget.NoData>
      </Box>
    );
  }
  const rows = waiting.data
    .flatMap((locale) => locale.rows)
    .sort((a, b) => WAITING.indexOf(a.status as never) - WAITING.indexOf(b.status as never) || (a.updatedAt ?? '').localeCompare(b.updatedAt ?? ''))
    .slice(0, LISTED);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} dir={dir} data-testid="translations-waiting">
      {waiting.data.map(({ locale, counts }) => (
        <Flex key={locale} gap={3} wrap="wrap" data-testid={`waiting-${locale}`}>
          <Typography fontWeight="bold" textColor="neutral800">
            {intl.formatDisplayName(locale, { type: 'language' }) ?? locale}
          </Typography>
          {WAITING.map((status) => (
            <Link key={status} tag={NavLink} to={queuePath(locale, status)} data-testid={`waiting-${locale}-${status}`}>
              <Flex gap={1}>
                <StatusBadge status={status} />
                <Typography fontWeight="bold" data-testid="count">
                  {intl.formatNumber(counts[status])}
                </Typography>
              </Flex>
            </Link>
          ))}
        </Flex>
      ))}
      <Box tag="ul">
        {rows.map((row) => (
          <Box
            tag="li"
            key={`${row.locale}:${row.uid}:${row.documentId}`}
            paddingTop={2}
            paddingBottom={2}
            borderColor="neutral150"
            style={{ borderWidth: '1px 0 0 0', borderStyle: 'solid' }}
            data-testid="waiting-entry"
            data-status={row.status}
          >
            <Flex justifyContent="space-between" alignItems="center" gap={2}>
              {/* Opens the entry in the language to translate into: the translator's desk. */}
              <Box minWidth={0} flex={1}>
                <Link tag={NavLink} to={editViewPath(row.uid, row.documentId, row.locale)}>
                  <EntryTitle row={row} />
                </Link>
              </Box>
              <Flex gap={2} shrink={0}>
                {locales.length > 1 && (
                  <Typography variant="pi" textColor="neutral600">
                    {intl.formatDisplayName(row.locale, { type: 'language' }) ?? row.locale}
                  </Typography>
                )}
                <StatusBadge status={row.status} />
                <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
                  {row.updatedAt && <RelativeTime timestamp={new Date(row.updatedAt)} />}
                </Typography>
              </Flex>
            </Flex>
          </Box>
        ))}
      </Box>
    </Flex>
  );
};
