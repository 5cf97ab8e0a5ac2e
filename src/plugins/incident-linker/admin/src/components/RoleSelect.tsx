import * as React from 'react';
import { Box } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { LinkRole } from '../../../shared/contracts';
import { useSettings } from '../hooks/useLinkerSettings';
import { roleMessage } from '../utils/roles';

interface Props {
  value: LinkRole;
  label: string;
  disabled: boolean;
  onChange: (role: LinkRole) => void;
}

/** A native select, styled like the design system: one control, readable in both directions, easy to drive. */
export const RoleSelect = ({ value, label, disabled, onChange }: Props) => {
  const { formatMessage } = useIntl();
  const { linkRoles } = useSettings();
  return (
    <Box
      tag="select"
      data-testid="role-select"
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event: React.ChangeEvent<HTMLSelectElement>) => onChange(event.target.value as LinkRole)}
      background="neutral0"
      borderColor="neutral200"
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      color="neutral800"
      fontSize={1}
      padding={1}
    >
      {linkRoles.map((role) => (
        <option key={role} value={role}>
          {formatMessage(roleMessage(role))}
        </option>
      ))}
    </Box>
  );
};
