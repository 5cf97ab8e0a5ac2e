import * as React from 'react';
import { buildValidParams, unstable_useDocument } from '@strapi/content-manager/strapi-admin';
import { useQueryParams } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';

/**
 * Reads the edit view's document again, so its form shows what a restore wrote (the form takes
 * new values when its document changes). Without it the form would keep the old values, and a
 * Save would write them back over the restore. The arguments are the edit view's own (its route
 * and query), so this shares the edit view's request rather than making another.
 */
export function useEditViewRefetch(model: string, documentId: string) {
  const { collectionType } = useParams<{ collectionType: string }>();
  const [{ query }] = useQueryParams();
  const params = React.useMemo(() => buildValidParams(query), [query]);
  const { refetch } = unstable_useDocument({ model, documentId, collectionType: collectionType ?? 'collection-types', params });
  return refetch;
}
