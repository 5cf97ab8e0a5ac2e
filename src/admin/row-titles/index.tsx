import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useForm, type StrapiApp } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { isolate } from '@syria-cms/bilingual-text';
import { addEditViewSidePanels, useContentLocale } from '@syria-cms/strapi-admin-helpers';
import { fieldLabelId } from '../content-texts';

/**
 * Titles for the rows of a repeatable component whose meaning is a relation and a choice, as an
 * incident's perpetrators are (an actor and how certain the attribution is). The Content Manager
 * titles a collapsed row with one text field of the component, and a perpetrator row has none, so
 * every row showed as a blank line. The title is "actor · certainty", in the entry's language for
 * the actor and the interface's for the certainty.
 */
const ROW_TITLES = [
  { model: 'api::incident.incident', field: 'perpetrators', component: 'incident.perpetrator-attribution', relation: 'actor', choice: 'certainty' },
];

interface Row {
  id?: number;
  __temp_key__?: string;
  [key: string]: unknown;
}
type Relation = { connect?: { label?: string }[]; disconnect?: { id: number }[] };

/** The collapsed row headers of a repeatable field, in order, found from the field's label. */
function rowTitleSlots(label: string): HTMLElement[] {
  const fieldLabel = [...document.querySelectorAll<HTMLLabelElement>('main form label')].find((element) => element.textContent?.startsWith(label));
  let field: HTMLElement | null = fieldLabel ?? null;
  while (field && !field.querySelector('[data-orientation="vertical"][aria-describedby]')) field = field.parentElement;
  const rows = field?.querySelector('[data-orientation="vertical"][aria-describedby]')?.children ?? [];
  // The header button holds the row's (empty) title in its innermost span.
  return [...rows].map((row) => row.querySelector<HTMLElement>('h3 button[aria-controls] span > span > span')).filter((slot): slot is HTMLElement => slot !== null);
}

/** Each saved row's related label, read from the Content Manager as its relation field reads it. */
function useSavedLabels(component: string, relation: string, rowIds: number[], locale: string) {
  const { get } = useFetchClient();
  const [labels, setLabels] = React.useState<Record<number, string>>({});
  const key = rowIds.join(',');
  React.useEffect(() => {
    let current = true;
    Promise.all(
      rowIds.map(async (id) => {
        const { data } = await get<{ results?: { label?: string }[] }>(`/content-manager/relations/${component}/${id}/${relation}`, { params: { locale } });
        return [id, data?.results?.[0]?.label ?? ''] as const;
      })
    )
      .then((entries) => current && setLabels(Object.fromEntries(entries)))
      .catch(() => undefined); // Titles are a convenience: the rows still open and show their fields.
    return () => {
      current = false;
    };
  }, [component, relation, key, locale, get]);
  return labels;
}

const RowTitles: PanelComponent = ({ model }) => {
  const config = ROW_TITLES.find((candidate) => candidate.model === model);
  const { formatMessage } = useIntl();
  const locale = useContentLocale();
  const rows = (useForm('RowTitles', (state) => (config ? (state.values as Record<string, unknown>)[config.field] : undefined)) as Row[] | undefined) ?? [];
  const savedIds = rows.map((row) => row.id).filter((id): id is number => typeof id === 'number');
  const saved = useSavedLabels(config?.component ?? '', config?.relation ?? '', config ? savedIds : [], locale);

  const titles = rows.map((row) => {
    if (!config) return '';
    const relation = row[config.relation] as Relation | undefined;
    // A relation chosen since the last save is in the form; a saved one was read above, unless removed.
    const chosen = relation?.connect?.at(-1)?.label;
    const removed = (relation?.disconnect?.length ?? 0) > 0;
    const related = chosen ?? (removed || row.id === undefined ? '' : saved[row.id] ?? '');
    const choice = row[config.choice];
    const choiceText = typeof choice === 'string' ? formatMessage({ id: choice, defaultMessage: choice }) : '';
    return [related, choiceText].filter(Boolean).map(isolate).join(' · ');
  });
  const label = config ? formatMessage({ id: fieldLabelId('content-types', model, config.field), defaultMessage: config.field }) : '';

  React.useEffect(() => {
    if (!config) return undefined;
    const form = document.querySelector('main form');
    if (!form) return undefined;
    // Attributes only: React keeps the rows' children, and a row added or reordered is titled again.
    const apply = () =>
      rowTitleSlots(label).forEach((slot, index) => {
        const title = titles[index] ?? '';
        if (slot.dataset.rowTitle !== title) slot.dataset.rowTitle = title;
        const button = slot.closest('button');
        if (button && title && button.getAttribute('aria-label') !== title) button.setAttribute('aria-label', title);
      });
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(form, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [config, label, titles.join('\n')]);

  return null;
};

/**
 * Registered as an edit-view side panel for its effect alone (it shows nothing); the title is drawn
 * where the Content Manager leaves its own empty.
 */
export function registerRowTitles(app: Pick<StrapiApp, 'getPlugin'>) {
  addEditViewSidePanels(app, [RowTitles]);
  const style = document.createElement('style');
  style.textContent = 'span[data-row-title]:empty::before { content: attr(data-row-title); }';
  document.head.append(style);
}
