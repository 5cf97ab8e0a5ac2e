import * as React from 'react';
import { useIntl } from 'react-intl';
import { isolate } from '@syria-cms/bilingual-text';
import { isProblemCode, type ImportProblem, type ProblemParams } from './contract';
import { useDxText } from './messages';
import { useNames } from './names';

/** Params a message chooses its words by (`{identifier, select, pcode {…}}`): passed as they are. */
const SELECTORS = new Set(['identifier']);

/**
 * A problem in the interface language, from its code and params; the server's English reason for
 * a code the page does not know. Names and values from the file or the schema (Latin in either
 * language) are isolated, so that in Arabic they keep their own order inside the sentence; the
 * page's own names (a content type, a place's level, a mapping) are said in its language.
 */
export function useProblemText() {
  const t = useDxText();
  const names = useNames();
  const { formatList, formatMessage, messages } = useIntl();
  return React.useCallback(
    (problem: ImportProblem): string => {
      if (!isProblemCode(problem.code)) return problem.reason;
      const values: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(problem.params ?? ({} as ProblemParams))) {
        if (typeof value === 'number' || SELECTORS.has(name)) values[name] = value as string | number;
        else if (Array.isArray(value)) {
          values[name] =
            name === 'formats'
              ? formatList(value.map((format) => t(`pcode-format.${format}`)), { type: 'disjunction' })
              : formatList(value.map(isolate), { type: 'conjunction' });
        } else if (name === 'type') values[name] = names.type(value);
        else if (name === 'level') values[name] = value in messages ? formatMessage({ id: value }) : isolate(value);
        else if (name === 'mapping') values[name] = names.mappingName(value);
        else values[name] = isolate(String(value));
      }
      return t(`problem.${problem.code}`, values);
    },
    [t, names, formatList, formatMessage, messages]
  );
}
