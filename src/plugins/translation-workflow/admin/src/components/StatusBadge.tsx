import { Badge, type BadgeProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Status } from '../../../shared/contracts';
import { STATUS_MESSAGES } from '../utils/messages';

/** Work to do stands out (missing, outdated); a draft is on its way; published is done. */
const VARIANTS: Record<Status, BadgeProps['variant']> = {
  missing: 'danger',
  outdated: 'warning',
  draft: 'secondary',
  published: 'success',
};

export const StatusBadge = ({ status, ...props }: { status: Status; 'data-testid'?: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge size="S" variant={VARIANTS[status]} data-status={status} {...props}>
      {formatMessage(STATUS_MESSAGES[status])}
    </Badge>
  );
};
