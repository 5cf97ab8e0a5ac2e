import { Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { editViewPath, InterfaceText } from '@syria-cms/strapi-admin-helpers';
import { isolate } from '@syria-cms/bilingual-text';
import type { Entry } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { attemptMessage, describeActor, formatWhen } from '../../utils/messages';
import { refusedWriteOf } from '../../utils/refusals';

const COLUMNS = 7;

/**
 * One row per refused write, newest first. Uids, document ids, field names and the server's
 * reason are Latin in either interface: isolated, each keeps its own order inside an Arabic row.
 */
export const RefusalTable = ({ rows }: { rows: Entry[] }) => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string) => intl.formatMessage({ id: getTranslation(id), defaultMessage });

  if (rows.length === 0) {
    return <InterfaceText>{t('audit.empty', 'No refused write in this period.')}</InterfaceText>;
  }
  const headers = [
    t('audit.when', 'When'),
    t('audit.who', 'Who'),
    t('audit.action', 'Action'),
    t('audit.type', 'Content type'),
    t('audit.document', 'Document'),
    t('audit.fields', 'Fields'),
    t('audit.reason', 'Reason'),
  ];
  return (
    <Table colCount={COLUMNS} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {headers.map((header) => (
            <Th key={header}>
              <Typography variant="sigma">{header}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((entry) => {
          const refused = refusedWriteOf(entry);
          return (
            <Tr key={entry.seq} data-testid="refusal-row" data-seq={entry.seq} data-document-id={refused.documentId ?? ''}>
              <Td>
                <Typography textColor="neutral800">
                  <time dateTime={entry.at}>{formatWhen(intl, entry.at)}</time>
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800" data-testid="refusal-actor">
                  <bdi>{describeActor(intl, entry.actor)}</bdi>
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800">{intl.formatMessage(attemptMessage(entry.action))}</Typography>
              </Td>
              <Td>
                <Typography textColor="neutral600">
                  <bdi>{entry.uid}</bdi>
                </Typography>
              </Td>
              <Td>
                {refused.documentId ? (
                  <Link tag={NavLink} to={editViewPath(entry.uid, refused.documentId, refused.locales[0] ?? 'en')}>
                    {/* One isolate for the id and its locales, so "(ar)" stays after the id in an Arabic row. */}
                    <bdi>
                      {refused.documentId}
                      {refused.locales.length > 0 && ` (${refused.locales.join(', ')})`}
                    </bdi>
                  </Link>
                ) : (
                  <Typography textColor="neutral500">—</Typography>
                )}
              </Td>
              <Td>
                <Typography textColor="neutral600" data-testid="refusal-fields">
                  {intl.formatList(refused.fields.map(isolate), { type: 'conjunction' })}
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800" data-testid="refusal-reason">
                  <bdi>{refused.reason}</bdi>
                </Typography>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
