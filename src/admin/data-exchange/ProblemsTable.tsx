import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { isolate } from '@syria-cms/bilingual-text';
import type { Import } from './contract';
import { useDxText } from './messages';
import { useProblemText } from './problem-text';

const HEADERS = ['row', 'column', 'value', 'reason'];

/**
 * Every problem of the file, each where it is (row and column) with the value that is wrong, why,
 * and the closest known names when the value names something unknown. Each reason is said in the
 * interface language from the problem's code; one the page has no words for is the server's English.
 */
export const ProblemsTable = ({ problems }: { problems: Import['problems'] }) => {
  const t = useDxText();
  const reasonOf = useProblemText();
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
              {/* In its own direction, where the page's text starts: the server's English fallback reads left to right. */}
              <Typography tag="p" textColor="danger600" data-testid="problem-reason" data-code={problem.code ?? ''}>
                <span dir="auto">{reasonOf(problem)}</span>
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
