import { Box, Flex } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { InterfaceText, useFieldLabels } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import type { SourceText } from '../../../../shared/contracts';
import { useCanWriteLocale } from '../../hooks/useCanUpdateLocale';
import { getTranslation } from '../../utils/getTranslation';
import { SourceFieldItem } from './SourceFieldItem';

interface Props {
  uid: string;
  text: SourceText;
  /** The translation does not exist yet: saving the form creates it. */
  creating: boolean;
}

/**
 * The source's fields in the schema's order, each in its own language and direction,
 * laid out in the entry's direction like the form beside it. Copying is offered to whoever may
 * write the translation, on the form's editable tab (the published tab is read-only).
 */
export const SourceTextDesk = ({ uid, text, creating }: Props) => {
  const { formatMessage, formatDisplayName } = useIntl();
  const { labelOf, inForm } = useFieldLabels(uid);
  const mayWrite = useCanWriteLocale(uid, text.locale, creating ? 'create' : 'update');
  // Panels render inside the edit view's form; without one there is nothing to copy into.
  const onChange = useForm('SourceTextDesk', (form) => form.onChange, false);
  const formDisabled = useForm('SourceTextDesk', (form) => form.disabled, false) ?? true;
  const language = formatDisplayName(text.sourceLocale, { type: 'language' }) ?? text.sourceLocale;
  const canCopy = mayWrite === true && !formDisabled && onChange !== undefined;

  const intro =
    text.status === 'missing'
      ? formatMessage(
          { id: getTranslation('desk.intro.missing'), defaultMessage: 'Not translated yet. Copy a field’s {language} text into the form to translate it there.' },
          { language }
        )
      : text.status === 'outdated'
        ? formatMessage(
            { id: getTranslation('desk.intro.outdated'), defaultMessage: 'The {language} text changed since this translation; each changed field shows its text before and now.' },
            { language }
          )
        : null;

  return (
    <Box width="100%" dir={directionOf(text.locale)} data-testid="source-text-panel" data-source-locale={text.sourceLocale} data-status={text.status}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        {intro && <InterfaceText>{intro}</InterfaceText>}
        {mayWrite === false && (
          <InterfaceText data-testid="source-text-read-only">
            {formatMessage({ id: getTranslation('desk.read-only'), defaultMessage: 'You may read this translation but not change it.' })}
          </InterfaceText>
        )}
        <Flex tag="ul" direction="column" alignItems="stretch" gap={5}>
          {text.fields.map((field) => (
            <SourceFieldItem
              key={field.field}
              field={field}
              sourceLocale={text.sourceLocale}
              label={labelOf(field.field)}
              onCopy={canCopy && inForm(field.field) ? (value) => onChange(field.field, value) : undefined}
            />
          ))}
        </Flex>
      </Flex>
    </Box>
  );
};
