import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Entry } from '../../../../shared/contracts';
import { fieldChangesOf } from '../../utils/changes';
import { getTranslation } from '../../utils/getTranslation';
import { actionMessage, describeActor, formatWhen } from '../../utils/messages';

interface Props {
  entry: Entry;
  isOpen: boolean;
  onToggle: () => void;
}

/** One change in a line: what, when, who, how many fields. A button, so the keyboard opens it too. */
export const EntrySummary = ({ entry, isOpen, onToggle }: Props) => {
  const intl = useIntl();
  const fields = fieldChangesOf(entry).length;
  return (
    <Box
      tag="button"
      type="button"
      aria-expanded={isOpen}
      onClick={onToggle}
      width="100%"
      padding={2}
      hasRadius
      background={isOpen ? 'primary100' : 'neutral0'}
      borderColor={isOpen ? 'primary200' : 'neutral200'}
      style={{ textAlign: 'start', cursor: 'pointer' }}
      data-testid="history-entry-summary"
    >
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Flex justifyContent="space-between" gap={2} wrap="wrap">
          <Typography fontWeight="bold" textColor="neutral800" data-testid="history-entry-action">
            {intl.formatMessage(actionMessage(entry.action))}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {intl.formatMessage({ id: getTranslation('entry.fields'), defaultMessage: '{count, plural, one {# field} other {# fields}}' }, { count: fields })}
          </Typography>
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          <time dateTime={entry.at}>{formatWhen(intl, entry.at)}</time>
        </Typography>
        {/* An email is Latin in either interface: its own direction keeps its @ in place. */}
        <Typography variant="pi" textColor="neutral700" data-testid="history-entry-actor">
          <bdi>{describeActor(intl, entry.actor)}</bdi>
        </Typography>
      </Flex>
    </Box>
  );
};
