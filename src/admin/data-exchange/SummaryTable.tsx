import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Import } from './contract';
import { useDxText } from './messages';
import { useNames } from './names';

const COUNTS = ['create', 'update', 'unchanged'] as const;

/** Per content type, how many records the import creates, updates and leaves as they are. */
export const SummaryTable = ({ summary }: { summary: Import['summary'] }) => {
  const t = useDxText();
  const names = useNames();
  const { formatNumber } = useIntl();
  return (
    <Table colCount={COUNTS.length + 1} rowCount={summary.length + 1} data-testid="import-summary">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('summary.type')}</Typography>
          </Th>
          {COUNTS.map((count) => (
            <Th key={count}>
              <Typography variant="sigma">{t(`summary.${count}`)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {summary.map((line) => (
          <Tr key={line.type} data-testid="summary-row" data-type={line.type}>
            <Td>
              <Typography textColor="neutral800">{names.type(line.type)}</Typography>
            </Td>
            {COUNTS.map((count) => (
              <Td key={count}>
                <Typography textColor="neutral800" data-testid={`summary-${count}`} data-count={line[count]}>
                  {formatNumber(line[count])}
                </Typography>
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
