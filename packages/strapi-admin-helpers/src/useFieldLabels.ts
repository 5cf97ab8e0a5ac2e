import * as React from 'react';
import { unstable_useDocumentLayout } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';

/**
 * The fields of the edit form and their labels as the form shows them: the Content Manager's
 * message for each field (`content-manager.content-types.<uid>.<field>`, which an app translates),
 * or the label of the type's edit view settings. A field the form does not show keeps its name.
 */
export function useFieldLabels(model: string) {
  const { formatMessage } = useIntl();
  const { edit } = unstable_useDocumentLayout(model);
  const labels = React.useMemo(() => new Map(edit.layout.flat(2).map((field) => [field.name, field.label])), [edit.layout]);
  const labelOf = React.useCallback(
    (field: string) => {
      const label = labels.get(field);
      return label === undefined ? field : formatMessage({ id: `content-manager.content-types.${model}.${field}`, defaultMessage: label });
    },
    [labels, model, formatMessage]
  );
  /** Whether the form has an input for the field (a copy into a field it does not show would be lost). */
  const inForm = React.useCallback((field: string) => labels.has(field), [labels]);
  return { labelOf, inForm };
}
