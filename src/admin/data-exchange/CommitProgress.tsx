import { Box, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { Import } from './contract';
import { useDxText } from './messages';

/**
 * The design system's bar is drawn for dark cards (a light bar on grey, 10rem wide): here it spans
 * the section in the page's colours, and fills from the right in a right-to-left page.
 */
const Bar = styled(Box)`
  & > [role='progressbar'] {
    width: 100%;
    height: 1.2rem;
    background-color: ${({ theme }) => theme.colors.neutral150};
  }
  & > [role='progressbar'] > div {
    background-color: ${({ theme }) => theme.colors.primary600};
  }
  [dir='rtl'] & > [role='progressbar'] {
    transform: scaleX(-1);
  }
`;

/** How far the commit is: rows written of the file's rows, as a bar and in words. */
export const CommitProgress = ({ current }: { current: Import }) => {
  const t = useDxText();
  const { formatNumber } = useIntl();
  const { done, total } = current.progress;
  const finished = current.state === 'committed';
  // A file with nothing to write is done at once.
  const percent = finished ? 100 : total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const label = t('progress.count', { done: formatNumber(finished ? total : done), total: formatNumber(total) });
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Bar>
        <ProgressBar
          value={percent}
          aria-label={t('progress.label')}
          aria-valuenow={percent}
          aria-valuetext={label}
          data-testid="import-progress"
          data-state={finished ? 'complete' : 'loading'}
        />
      </Bar>
      <Typography textColor="neutral600" data-testid="import-progress-count" data-done={finished ? total : done} data-total={total}>
        {label}
      </Typography>
    </Flex>
  );
};
