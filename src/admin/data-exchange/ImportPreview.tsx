import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { isolate } from '@syria-cms/bilingual-text';
import { DELIMITER_NAMES, type Import } from './contract';
import { useDxText } from './messages';
import { Notice } from './Notice';
import { ProblemsTable } from './ProblemsTable';
import { RecordsTable } from './RecordsTable';
import { SummaryTable } from './SummaryTable';

interface Props {
  preview: Import;
  committing: boolean;
  onCommit: () => void;
}

const Heading = ({ children }: { children: string }) => (
  <Typography tag="h3" variant="delta">
    {children}
  </Typography>
);

/** How the file was read, in a line. */
const FormatLine = ({ format }: { format: Import['format'] }) => {
  const t = useDxText();
  if (format.type === 'xlsx') return <>{t('format.xlsx')}</>;
  const delimiter = format.delimiter === undefined ? undefined : DELIMITER_NAMES[format.delimiter];
  return (
    <>
      {t('format', {
        type: 'CSV',
        encoding: format.encoding ? format.encoding.toUpperCase() : '—',
        delimiter: delimiter && delimiter !== 'auto' ? t(`format.delimiter.${delimiter}`) : (format.delimiter ?? '—'),
      })}
    </>
  );
};

/**
 * The dry run of a file: how it was read, what it would create and change, its problems, the
 * columns nobody reads, each record; and the button that writes it, only for a file with no problem.
 */
export const ImportPreview = ({ preview, committing, onCommit }: Props) => {
  const t = useDxText();
  const { formatNumber } = useIntl();
  const writes = preview.summary.reduce((sum, line) => sum + line.create + line.update, 0);
  const blocked = preview.problemCount > 0;
  return (
    <Flex direction="column" alignItems="stretch" gap={6} data-testid="import-preview-result" data-state={preview.state}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography tag="h2" variant="beta">
          {t('preview.title', { fileName: isolate(preview.fileName) })}
        </Typography>
        <Typography textColor="neutral600" data-testid="import-format">
          <FormatLine format={preview.format} />
          {' · '}
          <span data-testid="import-rows">{t('rows', { count: preview.rows })}</span>
        </Typography>
      </Flex>

      {blocked && (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Heading>{t('problems.title', { count: preview.problemCount })}</Heading>
          <Notice variant="danger" data-testid="import-blocked">
            {t('problems.blocking')}
          </Notice>
          <ProblemsTable problems={preview.problems} />
          {preview.problemCount > preview.problems.length && (
            <Typography variant="pi" textColor="neutral600" data-testid="problems-more">
              {t('problems.shown', { shown: formatNumber(preview.problems.length), count: formatNumber(preview.problemCount) })}
            </Typography>
          )}
        </Flex>
      )}

      <Flex direction="column" alignItems="stretch" gap={3}>
        <Heading>{t('summary.title')}</Heading>
        <SummaryTable summary={preview.summary} />
      </Flex>

      {preview.ignoredColumns.length > 0 && (
        <Flex direction="column" alignItems="stretch" gap={2} data-testid="ignored-columns">
          <Heading>{t('ignored.title')}</Heading>
          <Typography variant="pi" textColor="neutral600">
            {t('ignored.hint')}
          </Typography>
          <Flex gap={2} wrap="wrap">
            {preview.ignoredColumns.map((column) => (
              <Box key={column} background="neutral100" borderColor="neutral200" hasRadius paddingLeft={2} paddingRight={2} paddingTop={1} paddingBottom={1}>
                <Typography dir="ltr" style={{ fontFamily: 'monospace' }} data-testid="ignored-column">
                  {column}
                </Typography>
              </Box>
            ))}
          </Flex>
        </Flex>
      )}

      <Flex direction="column" alignItems="stretch" gap={3}>
        <Heading>{t('records.title')}</Heading>
        {preview.records.length === 0 ? (
          <Typography textColor="neutral600">{t('records.none')}</Typography>
        ) : (
          <>
            <RecordsTable records={preview.records} />
            {preview.recordCount > preview.records.length && (
              <Typography variant="pi" textColor="neutral600">
                {t('records.shown', { shown: formatNumber(preview.records.length), count: formatNumber(preview.recordCount) })}
              </Typography>
            )}
          </>
        )}
      </Flex>

      <Box>
        {!blocked && writes === 0 ? (
          <Typography textColor="neutral600" data-testid="import-nothing">
            {t('commit.nothing')}
          </Typography>
        ) : (
          <Button size="L" startIcon={<Check />} disabled={blocked} loading={committing} onClick={onCommit} data-testid="import-commit">
            {t('commit', { count: preview.rows })}
          </Button>
        )}
      </Box>
    </Flex>
  );
};
