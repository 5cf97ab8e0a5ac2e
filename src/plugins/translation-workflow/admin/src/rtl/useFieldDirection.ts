import * as React from 'react';
import { unstable_useDocumentLayout, type PanelComponent } from '@strapi/content-manager/strapi-admin';
import { directionOf, isShared } from '@syria-cms/bilingual-text';
import { useContentLocale } from '@syria-cms/strapi-admin-helpers';

/**
 * Right-to-left editing. The Content Manager lays every field out left to right, whatever the
 * entry's language, and the admin panel has no setting for it: Arabic typed there starts at the
 * wrong edge and its punctuation lands at the wrong end. So the direction is set on the edit
 * form's text controls from outside, and kept set as fields mount (components opened, blocks
 * added, the published tab shown). Values are never touched.
 */

/**
 * Controls a person writes text in: inputs, text areas and rich text editors. The blocks editor
 * (Slate) is found by its own mark, as it drops its editable role while read-only (the published
 * tab, a locale the person may not edit), and read-only Arabic must read right to left too.
 * Comboboxes are pickers (relations, enumerations, dates): their text is an option's, not the entry's.
 */
const TEXT_CONTROLS = [
  'input:not([type]):not([role="combobox"])',
  'input[type="text"]:not([role="combobox"])',
  'input[type="search"]',
  'textarea',
  '[contenteditable="true"]',
  '[role="textbox"]',
  '[data-slate-editor="true"]',
].join(', ');

/**
 * Inputs are named after their field, a component's as `component.field`; the blocks editor has
 * no name, and blocks are always localized here.
 */
function applyDirection(form: HTMLElement, direction: 'rtl' | 'ltr', leftToRightFields: ReadonlySet<string>) {
  for (const control of form.querySelectorAll<HTMLElement>(TEXT_CONTROLS)) {
    const field = control.getAttribute('name')?.split('.')[0];
    const wanted = field && leftToRightFields.has(field) ? 'ltr' : direction;
    if (control.dir !== wanted) control.dir = wanted;
  }
}

const addsElements = (records: MutationRecord[]) =>
  records.some((record) => Array.from(record.addedNodes).some((node) => node.nodeType === Node.ELEMENT_NODE));

/** Sets the text controls of the edit form in the content locale's direction, now and as they mount. */
export function useFieldDirection(locale: string, leftToRightFields: ReadonlySet<string>) {
  React.useEffect(() => {
    // The edit view's form: the Content Manager gives panels no reference to it.
    const form = document.querySelector<HTMLFormElement>('main form');
    if (!form) return undefined;
    const apply = () => applyDirection(form, directionOf(locale), leftToRightFields);
    apply();
    // Only added elements can be new controls; typing changes text nodes and is let alone.
    const observer = new MutationObserver((records) => addsElements(records) && apply());
    observer.observe(form, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [locale, leftToRightFields]);
}

/**
 * The model's top-level fields whose text is not in the entry's language, so stays left to right:
 * shared ones (a key, a p-code, a URL, the casualty figures' notes), the same in every language,
 * and uids (a slug is transliterated to Latin letters). From the edit view's layout.
 */
function useLeftToRightFields(model: string): ReadonlySet<string> {
  const { edit } = unstable_useDocumentLayout(model);
  return React.useMemo(
    () =>
      new Set(
        edit.layout
          .flat(2)
          .filter(({ attribute }) => attribute.type === 'uid' || isShared(attribute))
          .map((field) => field.name)
      ),
    [edit.layout]
  );
}

/**
 * Registered as an edit-view side panel for its effect alone: it shows nothing, and every edit
 * view mounts it with the form (a new form, and so a new effect, for each locale), whether or not
 * the entry exists yet in that locale.
 */
export const FieldDirection: PanelComponent = ({ model }) => {
  useFieldDirection(useContentLocale(), useLeftToRightFields(model));
  return null;
};
