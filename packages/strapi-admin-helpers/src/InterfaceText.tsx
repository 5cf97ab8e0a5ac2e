import * as React from 'react';
import { Typography, type TypographyProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { directionOf } from '@syria-cms/bilingual-text';

interface Props extends Pick<TypographyProps, 'textColor'> {
  children: React.ReactNode;
  'data-testid'?: string;
}

/**
 * A line the interface writes (a reason, an empty list, a hint). The panel is laid out in the
 * content's direction; this line keeps that alignment, but its words run in the interface
 * language's direction, so an English sentence in an Arabic panel keeps its full stop at its end.
 */
export const InterfaceText = ({ children, textColor = 'neutral600', ...props }: Props) => {
  const { locale } = useIntl();
  return (
    <Typography tag="p" variant="pi" textColor={textColor} {...props}>
      <span dir={directionOf(locale)}>{children}</span>
    </Typography>
  );
};
