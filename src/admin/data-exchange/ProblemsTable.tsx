import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { isolate } from '@syria-cms/bilingual-text';
import type { Import } from './contract';
import { useDxText } from './messages';

const HEADERS = ['row', 'column', 'value', 'reason'];

/**
 * Every problem of the file, each where it is (row and column) with the value that is wrong, why,
 * and the closest known names when the value names something unknown. Reasons are the server's.
 */
export const ProblemsTable = ({ problems }: { problems: Import['problems'] }) => {
  const t = useDxText();
  // In the file's order: the whole file's problems first, then row by row.
  const sorted = React.useMemo(() => [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), [problems]);
  const { formatNumber, formatList } = useIntl();
  return (
    <Table colCount={HEADERS.length} rowCount={problems.length + 1} data-testid="import-problems">
      <Thead>
        <Tr>
          {HEADERS.map((header) => (
            <Th key={header}>
              <Typography variant="sigma">{t(`problems.${header}`)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {sorted.map((problem, index) => (
          <Tr key={index} data-testid="problem-row" data-row={problem.row ?? ''} data-column={problem.column ?? ''}>
            <Td>
              <Typography textColor="neutral800">{problem.row === null ? t('problems.whole-file') : formatNumber(problem.row)}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800" dir="ltr" style={{ fontFamily: 'monospace' }}>
                {problem.column ?? '—'}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800" data-testid="problem-value">
                <span dir="auto">{problem.value ?? '—'}</span>
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              {/* The server's words, in English: a sentence in its own direction, where the page's text starts. */}
              <Typography tag="p" textColor="danger600" data-testid="problem-reason">
                <span dir="auto">{problem.reason}</span>
              </Typography>
              {problem.suggestions && problem.suggestions.length > 0 && (
                <Typography tag="p" variant="pi" textColor="neutral600" data-testid="problem-suggestions">
                  {t('problems.suggestions', { names: formatList(problem.suggestions.map(isolate), { type: 'disjunction' }) })}
                </Typography>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
