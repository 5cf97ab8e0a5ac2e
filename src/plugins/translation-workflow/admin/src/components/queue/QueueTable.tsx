import * as React from 'react';
import { Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { RelativeTime } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { NavLink, useNavigate } from 'react-router-dom';
import { editViewPath, InterfaceText } from '@syria-cms/strapi-admin-helpers';
import { isolate } from '@syria-cms/bilingual-text';
import type { QueueRow } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { typeMessage } from '../../utils/messages';
import { StatusBadge } from '../StatusBadge';
import { EntryTitle } from './EntryTitle';

const COLUMNS = 5;

/**
 * One row per document to translate. A row opens the entry in the target locale; for a missing
 * translation that same address is the Content Manager's "create this locale" view.
 */
export const QueueTable = ({ rows }: { rows: QueueRow[] }) => {
  const { formatMessage, formatList } = useIntl();
  const navigate = useNavigate();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });

  if (rows.length === 0) {
    return <InterfaceText>{t('queue.empty', 'Nothing to translate here.')}</InterfaceText>;
  }
  return (
    <Table colCount={COLUMNS} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {[t('queue.type', 'Type'), t('queue.title', 'Title'), t('queue.status', 'Status'), t('queue.changed', 'Changed in the source'), t('queue.updated', 'Updated')].map(
            (header) => (
              <Th key={header}>
                <Typography variant="sigma">{header}</Typography>
              </Th>
            )
          )}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => {
          const to = editViewPath(row.uid, row.documentId, row.locale);
          return (
            <Tr
              key={`${row.uid}:${row.documentId}`}
              data-testid="queue-row"
              data-status={row.status}
              data-document-id={row.documentId}
              // The whole row is a target for the mouse; the title is the link for the keyboard.
              onClick={() => navigate(to)}
              style={{ cursor: 'pointer' }}
            >
              <Td>
                <Typography textColor="neutral800">{formatMessage(typeMessage(row.uid, row.typeName))}</Typography>
              </Td>
              <Td>
                <Link tag={NavLink} to={to} onClick={(event: React.MouseEvent) => event.stopPropagation()}>
                  <EntryTitle row={row} />
                </Link>
              </Td>
              <Td>
                <StatusBadge status={row.status} />
              </Td>
              <Td>
                {/* Field names are the schema's, Latin in either interface: isolated, they keep their order in Arabic. */}
                <Typography textColor="neutral600" data-testid="changed-fields">
                  {formatList(row.changedFields.map(isolate), { type: 'conjunction' })}
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral600">{row.updatedAt && <RelativeTime timestamp={new Date(row.updatedAt)} />}</Typography>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
