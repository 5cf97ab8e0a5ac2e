import { Badge, Box, Button, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { InterfaceText } from '@syria-cms/strapi-admin-helpers';
import type { LinkedIncident, LinkRole } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';
import { roleMessage } from '../utils/roles';
import { IncidentDetails } from './IncidentDetails';
import { RoleSelect } from './RoleSelect';

interface Props {
  links: LinkedIncident[];
  /** Without it the list is read-only: the role is shown, not offered for change. */
  canManage: boolean;
  disabled: boolean;
  onRoleChange: (linkId: number, role: LinkRole) => void;
  onUnlink: (linkId: number) => void;
}

/** The incidents linked to the article, each with its role and, for an editor, the means to change it. */
export const LinkedIncidentList = ({ links, canManage, disabled, onRoleChange, onUnlink }: Props) => {
  const { formatMessage } = useIntl();
  if (links.length === 0) {
    return (
      <InterfaceText>{formatMessage({ id: getTranslation('linked.empty'), defaultMessage: 'No incident is linked yet.' })}</InterfaceText>
    );
  }
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
      {links.map((link) => {
        const title = link.incident?.title ?? '';
        return (
          <Box tag="li" key={link.id} data-testid="linked-incident" data-incident={link.incident?.documentId}>
            <IncidentDetails incident={link.incident} />
            <Flex gap={2} paddingTop={2} wrap="wrap">
              {canManage ? (
                <>
                  <RoleSelect
                    value={link.role}
                    label={formatMessage({ id: getTranslation('role.label'), defaultMessage: 'Role of {title}' }, { title })}
                    disabled={disabled}
                    onChange={(role) => onRoleChange(link.id, role)}
                  />
                  <Button
                    size="S"
                    variant="danger-light"
                    data-testid="unlink-button"
                    aria-label={formatMessage({ id: getTranslation('unlink.label'), defaultMessage: 'Unlink {title}' }, { title })}
                    disabled={disabled}
                    onClick={() => onUnlink(link.id)}
                  >
                    {formatMessage({ id: getTranslation('unlink'), defaultMessage: 'Unlink' })}
                  </Button>
                </>
              ) : (
                <Badge size="S" data-testid="link-role">
                  {formatMessage(roleMessage(link.role))}
                </Badge>
              )}
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
};
