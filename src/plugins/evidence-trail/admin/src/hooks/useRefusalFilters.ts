import * as React from 'react';
import { useQueryParams } from '@strapi/strapi/admin';
import type { RefusalFilter } from '../api';

interface RefusalQuery {
  user?: string;
  /** Calendar days, YYYY-MM-DD, as the date pickers give them. */
  from?: string;
  to?: string;
  page?: string;
  pageSize?: string;
}

export const DEFAULT_PAGE_SIZE = 25;

const positive = (value: string | undefined, fallback: number) => (Number(value) >= 1 ? Math.floor(Number(value)) : fallback);
const isDay = (value: string | undefined): value is string => /^\d{4}-\d{2}-\d{2}$/.test(value ?? '');

/** A day's first and last instant in the auditor's own time zone, where "the 3rd" is the day she means. */
const startOf = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const endOf = (day: string) => new Date(`${day}T23:59:59.999`).toISOString();

export type FilterChange = Partial<Pick<RefusalQuery, 'user' | 'from' | 'to'>>;

/** The audit's filters live in the URL, so a filtered list can be reloaded or sent to a colleague as is. */
export function useRefusalFilters() {
  const [{ query }, setQuery] = useQueryParams<RefusalQuery>();
  const { user, from, to, page, pageSize } = query;

  const days = React.useMemo(() => ({ user: user ?? '', from: isDay(from) ? from : '', to: isDay(to) ? to : '' }), [user, from, to]);

  const params = React.useMemo<RefusalFilter>(
    () => ({
      user: days.user,
      from: days.from && startOf(days.from),
      to: days.to && endOf(days.to),
      page: positive(page, 1),
      pageSize: positive(pageSize, DEFAULT_PAGE_SIZE),
    }),
    [days, page, pageSize]
  );

  /** Another filter is another list: it starts again from its first page. */
  const setFilter = React.useCallback((change: FilterChange) => setQuery({ ...change, page: '1' }), [setQuery]);

  return { days, params, setFilter };
}
