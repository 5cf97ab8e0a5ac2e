import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography, type BadgeProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { isolate } from '@syria-cms/bilingual-text';
import type { Import, RecordAction } from './contract';
import { useDxText } from './messages';
import { useNames } from './names';

const HEADERS = ['row', 'type', 'action', 'label', 'changes'];
const VARIANTS: Record<RecordAction, BadgeProps['variant']> = { create: 'success', update: 'warning', unchanged: 'secondary' };

/** What the import does with a record; `done` once it has (Created, Updated). */
export const ActionBadge = ({ action, done = false }: { action: RecordAction; done?: boolean }) => {
  const t = useDxText();
  return (
    <Badge size="S" variant={VARIANTS[action]} data-action={action}>
      {t(done ? `action.done.${action}` : `action.${action}`)}
    </Badge>
  );
};

/** Each record of the file: its row, what the import does with it, and which fields an update changes. */
export const RecordsTable = ({ records }: { records: Import['records'] }) => {
  const t = useDxText();
  const names = useNames();
  const { formatNumber, formatList } = useIntl();
  return (
    <Table colCount={HEADERS.length} rowCount={records.length + 1} data-testid="import-records">
      <Thead>
        <Tr>
          {HEADERS.map((header) => (
            <Th key={header}>
              <Typography variant="sigma">{t(`records.${header}`)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {records.map((record) => (
          <Tr key={`${record.row}:${record.type}`} data-testid="record-row" data-action={record.action}>
            <Td>
              <Typography textColor="neutral800">{formatNumber(record.row)}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{names.type(record.type)}</Typography>
            </Td>
            <Td>
              <ActionBadge action={record.action} />
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Typography textColor="neutral800" data-testid="record-label">
                <span dir="auto">{record.label}</span>
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              {/* Field names are the schema's, Latin in either interface: isolated, they keep their order in Arabic. */}
              <Typography textColor="neutral600">{formatList(record.changes.map(isolate), { type: 'conjunction' })}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
