import { Button, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Status } from '../../../../shared/contracts';
import { STATUS_MESSAGES, WORK_ORDER } from '../../utils/messages';

interface Props {
  counts: Record<Status, number> | undefined;
  active: Status | '';
  onSelect: (status: Status | '') => void;
}

/** How much there is of each status; one click shows only those, a second click shows all again. */
export const StatusCounts = ({ counts, active, onSelect }: Props) => {
  const { formatMessage, formatNumber } = useIntl();
  return (
    <Flex gap={2} wrap="wrap">
      {WORK_ORDER.map((status) => (
        <Button
          key={status}
          size="S"
          variant={active === status ? 'default' : 'tertiary'}
          aria-pressed={active === status}
          data-testid={`queue-count-${status}`}
          onClick={() => onSelect(active === status ? '' : status)}
        >
          {formatMessage(STATUS_MESSAGES[status])}{' '}
          <span data-testid="count">{counts ? formatNumber(counts[status]) : '…'}</span>
        </Button>
      ))}
    </Flex>
  );
};
