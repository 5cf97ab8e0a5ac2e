import { FormattedMessage } from 'react-intl';
import { fieldDescriptionId, COMPONENT_TEXTS, CONTENT_TYPE_TEXTS } from '.';
import type { TypeText } from './types';

/**
 * Two Content Manager hooks that put our texts where Strapi shows stored ones as they are: a
 * field's description (its hint) and an enumeration's value in the list view. Labels and edit-view
 * options need none: Strapi already looks those up by id.
 */

interface Field {
  name: string;
  hint?: unknown;
  attribute: { type: string };
}
interface EditLayout {
  layout: Field[][][];
  components: Record<string, { layout: Field[][]; settings: Record<string, unknown> }>;
  settings: { displayName?: string };
}

/** The hook is not told the model: its display name, unique among our types, says which it is. */
const uidByDisplayName = new Map(Object.entries(CONTENT_TYPE_TEXTS).map(([uid, type]) => [type.displayName, uid]));

const describe = (fields: Field[], scope: 'content-types' | 'components', uid: string, texts: TypeText | undefined): Field[] =>
  fields.map((field) =>
    texts?.fields[field.name]?.description ? { ...field, hint: <FormattedMessage id={fieldDescriptionId(scope, uid, field.name)} /> } : field
  );

/** `Admin/CM/pages/EditView/mutate-edit-view-layout`: each field's description, in the interface language. */
export function describeFields<Args extends { layout: EditLayout }>(args: Args): Args {
  const { layout: edit } = args;
  const uid = uidByDisplayName.get(edit.settings.displayName ?? '');
  const components = Object.fromEntries(
    Object.entries(edit.components).map(([componentUid, component]) => [
      componentUid,
      { ...component, layout: component.layout.map((row) => describe(row, 'components', componentUid, COMPONENT_TEXTS[componentUid])) },
    ])
  );
  const layout = uid ? edit.layout.map((panel) => panel.map((row) => describe(row, 'content-types', uid, CONTENT_TYPE_TEXTS[uid]))) : edit.layout;
  return { ...args, layout: { ...edit, layout, components } };
}

interface ListHeader {
  name: string;
  attribute?: { type: string };
  cellFormatter?: unknown;
}

/** `Admin/CM/pages/ListView/inject-column-in-table`: enumeration values as words, not schema values. */
export function enumerationCells<Args extends { displayedHeaders: ListHeader[] }>(args: Args): Args {
  return {
    ...args,
    displayedHeaders: args.displayedHeaders.map((header) =>
      header.attribute?.type === 'enumeration' && !header.cellFormatter
        ? {
            ...header,
            cellFormatter: (row: Record<string, unknown>) => {
              const value = row[header.name];
              return typeof value === 'string' ? <FormattedMessage id={value} defaultMessage={value} /> : '-';
            },
          }
        : header
    ),
  };
}
