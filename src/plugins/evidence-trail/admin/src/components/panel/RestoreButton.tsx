import * as React from 'react';
import { Button, Dialog, Typography } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { directionOf } from '@syria-cms/bilingual-text';
import { useRestore } from '../../hooks/useRestore';
import { getTranslation } from '../../utils/getTranslation';

interface Props {
  uid: string;
  documentId: string;
  seq: number;
  onRestored: () => Promise<void>;
}

/** Asked first: a restore is a new change to the record, made in the person's name. */
export const RestoreButton = ({ uid, documentId, seq, onRestored }: Props) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const { restore, restoring } = useRestore(uid, documentId, onRestored);
  const [isOpen, setIsOpen] = React.useState(false);

  return (
    <Dialog.Root open={isOpen} onOpenChange={setIsOpen}>
      <Dialog.Trigger>
        <Button size="S" variant="secondary" loading={restoring} disabled={restoring} data-testid="history-restore">
          {t('restore.button', 'Restore this version')}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog
        title={t('restore.confirm.title', 'Restore this version?')}
        variant="default"
        onConfirm={async () => {
          setIsOpen(false);
          await restore(seq);
        }}
      >
        {/* The dialog opens outside the panel, in the page's left-to-right layout: its sentence takes the interface language's direction itself. */}
        <Typography tag="p" textAlign="center" dir={directionOf(locale)}>
          {t('restore.confirm.body', 'The fields will be put back as they were after this change. The restore is recorded in the history as a change of its own.')}
        </Typography>
      </ConfirmDialog>
    </Dialog.Root>
  );
};
