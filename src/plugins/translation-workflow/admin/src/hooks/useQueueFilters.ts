import * as React from 'react';
import { useQueryParams, withEncodedUserParams } from '@strapi/strapi/admin';
import { STATUSES } from '../../../shared/constants';
import type { QueueParams, Status } from '../../../shared/contracts';

interface QueueQuery {
  locale?: string;
  type?: string;
  status?: string;
  /** Strapi's name for a search; its pagination and `withEncodedUserParams` keep it encoded. */
  _q?: string;
  sort?: string;
  page?: string;
  pageSize?: string;
}

/** Arabic: the locale this CMS translates into; a translator starts with her work. */
const DEFAULT_LOCALE = 'ar';
export const DEFAULT_PAGE_SIZE = 25;

const isStatus = (value: unknown): value is Status => (STATUSES as readonly unknown[]).includes(value);
const positive = (value: string | undefined, fallback: number) => (Number(value) >= 1 ? Math.floor(Number(value)) : fallback);

export type FilterChange = Partial<Pick<QueueParams, 'locale' | 'type' | 'status' | 'q' | 'sort'>>;

/** The queue's filters live in the URL, so a translator who opens an entry and comes back finds the queue as she left it. */
export function useQueueFilters() {
  const [{ query }, setQuery] = useQueryParams<QueueQuery>();
  const { locale, type, status, _q, sort, page, pageSize } = query;

  const params = React.useMemo<QueueParams>(
    () => ({
      locale: locale || DEFAULT_LOCALE,
      type: type ?? '',
      status: isStatus(status) ? status : '',
      q: _q ?? '',
      sort: sort === 'newest' ? 'newest' : 'oldest',
      page: positive(page, 1),
      pageSize: positive(pageSize, DEFAULT_PAGE_SIZE),
    }),
    [locale, type, status, _q, sort, page, pageSize]
  );

  /** Another filter is another list: it starts again from its first page. */
  const setFilter = React.useCallback(
    ({ q, ...rest }: FilterChange) => {
      // The query is written to the URL as it is given: the search text is encoded here.
      const search = q === undefined ? {} : { _q: encodeURIComponent(q) };
      setQuery(withEncodedUserParams(query, { ...rest, ...search, page: '1' }));
    },
    [query, setQuery]
  );

  return { params, setFilter };
}
