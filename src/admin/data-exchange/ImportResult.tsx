import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { Import, ImportRecord } from './contract';
import { useDxText } from './messages';
import { Notice } from './Notice';
import { useNames } from './names';
import { ActionBadge } from './RecordsTable';

/** A record's edit view in the Content Manager (relative to the admin panel's root), in the default locale. */
export const editViewPath = (record: Required<Pick<ImportRecord, 'type' | 'documentId'>>) =>
  `/content-manager/collection-types/${record.type}/${encodeURIComponent(record.documentId)}`;

/** What a committed import did: counts, and a link to each record it created or updated. */
export const ImportResult = ({ current }: { current: Import }) => {
  const t = useDxText();
  const names = useNames();
  const { formatNumber } = useIntl();
  const total = (key: 'create' | 'update' | 'unchanged') => formatNumber(current.summary.reduce((sum, line) => sum + line[key], 0));
  const written = current.records.filter(
    (record): record is ImportRecord & { documentId: string } => record.action !== 'unchanged' && Boolean(record.documentId)
  );
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="import-result">
      <Notice variant="success" title={t('result.title')}>
        <span data-testid="import-result-summary">{t('result.summary', { created: total('create'), updated: total('update'), unchanged: total('unchanged') })}</span>
      </Notice>
      {written.length > 0 && (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography tag="h3" variant="delta">
            {t('result.links')}
          </Typography>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {written.map((record) => (
              <Flex tag="li" key={`${record.row}:${record.type}`} gap={3} data-testid="import-result-record" data-document-id={record.documentId}>
                <ActionBadge action={record.action} done />
                <Typography textColor="neutral600">{names.type(record.type)}</Typography>
                <Link tag={NavLink} to={editViewPath(record)} data-testid="import-result-link">
                  <span dir="auto">{record.label}</span>
                </Link>
              </Flex>
            ))}
          </Flex>
          {current.recordCount > current.records.length && (
            <Box>
              <Typography variant="pi" textColor="neutral600">
                {t('result.more', { shown: formatNumber(current.records.length), count: formatNumber(current.recordCount) })}
              </Typography>
            </Box>
          )}
        </Flex>
      )}
    </Flex>
  );
};
