import { Button } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useCanUpdateLocale } from '../../hooks/useCanUpdateLocale';
import { getTranslation } from '../../utils/getTranslation';

interface Props {
  uid: string;
  locale: string;
  busy: boolean;
  onConfirm: () => void;
}

/**
 * Declares a translation up to date when the source changed in a way that does not touch it (a
 * typo, a link): offered to whoever may update that locale, as it stands for an edit there.
 */
export const StillCorrectButton = ({ uid, locale, busy, onConfirm }: Props) => {
  const { formatMessage } = useIntl();
  const canUpdate = useCanUpdateLocale(uid, locale);
  if (!canUpdate) return null;
  return (
    <Button size="S" variant="secondary" data-testid="still-correct" loading={busy} disabled={busy} onClick={onConfirm}>
      {formatMessage({ id: getTranslation('still-correct'), defaultMessage: 'Still correct' })}
    </Button>
  );
};
