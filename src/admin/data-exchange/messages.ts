import * as React from 'react';
import { useIntl } from 'react-intl';
import { dataExchange } from './translations';

type Values = Record<string, string | number>;

/** A message of the page: its id in translations.ts, its English there as the default. */
export const dxMessage = (id: string) => ({ id: `data-exchange.${id}`, defaultMessage: dataExchange.en[`data-exchange.${id}`] ?? id });

/** The page's messages in the interface language: `t('preview')`, `t('rows', { count })`. */
export function useDxText() {
  const { formatMessage } = useIntl();
  return React.useCallback((id: string, values?: Values) => formatMessage(dxMessage(id), values), [formatMessage]);
}

/** A message the page may not have (a mapping it does not know): the fallback when it has none. */
export function useOptionalText() {
  const { formatMessage, messages } = useIntl();
  return React.useCallback(
    (id: string, fallback: string) => (`data-exchange.${id}` in messages ? formatMessage({ id: `data-exchange.${id}`, defaultMessage: fallback }) : fallback),
    [formatMessage, messages]
  );
}
