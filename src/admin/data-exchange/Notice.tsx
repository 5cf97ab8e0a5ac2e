import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';

type Variant = 'danger' | 'success';
const ICONS = { danger: WarningCircle, success: CheckCircle };

interface Props {
  variant: Variant;
  title?: string;
  children?: React.ReactNode;
  'data-testid'?: string;
}

/**
 * A message that stays (the design system's Alert always offers to close, which a rule such as
 * "nothing is written" should not): coloured by its weight, laid out in the page's direction.
 */
export const Notice = ({ variant, title, children, ...props }: Props) => {
  const Icon = ICONS[variant];
  return (
    <Box background={`${variant}100`} borderColor={`${variant}200`} hasRadius padding={4} role={variant === 'danger' ? 'alert' : 'status'} {...props}>
      <Flex gap={3} alignItems="flex-start">
        <Icon fill={`${variant}600`} width="2rem" height="2rem" aria-hidden style={{ flexShrink: 0 }} />
        <Flex direction="column" alignItems="stretch" gap={1}>
          {title && (
            <Typography fontWeight="bold" textColor="neutral800">
              {title}
            </Typography>
          )}
          {children && (
            <Typography tag="div" textColor="neutral800">
              {children}
            </Typography>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};
