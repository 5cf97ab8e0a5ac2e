import * as React from 'react';
import type { Mapping, MappingColumn } from './contract';
import { isNativeMapping } from './column-texts';
import { useDxText, useOptionalText } from './messages';

const ARABIC_SUFFIX = '__ar';

/**
 * What the page calls the server's things, in the interface language: its own names for the
 * mappings it knows and the content types, the server's English for anything else.
 */
export function useNames() {
  const optional = useOptionalText();
  const t = useDxText();
  return React.useMemo(
    () => ({
      mapping: (mapping: Mapping) => optional(`mapping.${mapping.name}`, mapping.label),
      /** A mapping the page knows only by name (in a problem): its own name for it, else the name. */
      mappingName: (name: string) => optional(`mapping.${name}`, name),
      mappingDescription: (mapping: Mapping) => optional(`mapping.${mapping.name}.description`, mapping.description),
      type: (uid: string) => optional(`type.${uid}`, uid),
      column(mapping: string, column: MappingColumn) {
        if (!isNativeMapping(mapping)) return column.description;
        if (column.name.endsWith(ARABIC_SUFFIX)) {
          const base = optional(`column.${column.name.slice(0, -ARABIC_SUFFIX.length)}`, '');
          return base ? t('column.arabic', { description: base }) : column.description;
        }
        return optional(`column.${column.name}`, column.description);
      },
    }),
    [optional, t]
  );
}
