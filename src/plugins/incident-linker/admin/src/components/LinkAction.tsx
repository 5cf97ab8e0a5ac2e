import { Badge, Button } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  linked: boolean;
  title: string;
  disabled: boolean;
  onLink: () => void;
}

/** One click links an incident; one already linked says so instead of offering it again. */
export const LinkAction = ({ linked, title, disabled, onLink }: Props) => {
  const { formatMessage } = useIntl();
  if (linked) {
    return (
      <Badge size="S" variant="success" data-testid="linked-badge">
        {formatMessage({ id: getTranslation('linked'), defaultMessage: 'Linked' })}
      </Badge>
    );
  }
  return (
    <Button
      size="S"
      variant="secondary"
      data-testid="link-button"
      aria-label={formatMessage({ id: getTranslation('link.label'), defaultMessage: 'Link {title}' }, { title })}
      disabled={disabled}
      onClick={onLink}
    >
      {formatMessage({ id: getTranslation('link'), defaultMessage: 'Link' })}
    </Button>
  );
};
