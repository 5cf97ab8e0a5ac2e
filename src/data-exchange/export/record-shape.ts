import type { NativeCell } from '../native-columns';

export interface Shape {
  select: string[];
  populate: Record<string, { select?: string[]; populate?: Record<string, unknown> }>;
}

/** Where a record's point on a map is: its own coordinates (a place), its place's (an incident), or none. */
export type PointOf = 'own' | { relation: string } | null;

const COORDINATES = ['latitude', 'longitude'];

/**
 * What to read of each row for these cells, and no more: a relation gives only the key it is
 * written as (a vocabulary key, a p-code, a document id), so a page of rows costs one query per
 * relation populated, whatever the number of rows.
 */
export function shapeOf(cells: NativeCell[], pointOf: PointOf, withheldFlag: string | undefined): Shape {
  const shape: Shape = { select: ['id', 'documentId', 'locale'], populate: {} };
  const populated = (field: string, select?: string[]) => {
    const current = (shape.populate[field] ??= select ? { select: [] } : {});
    if (select) current.select = [...new Set([...(current.select ?? []), ...select])];
  };
  for (const { column } of cells) {
    const [field, inner] = column.field.split('.');
    if (inner) populated(field, [inner]);
    else if (column.kind === 'term' || column.kind === 'terms') populated(field, ['key']);
    else if (column.kind === 'place') populated(field, ['documentId', 'pcode']);
    else if (column.kind === 'sources') populated(field, ['documentId', ...(withheldFlag ? [withheldFlag] : [])]);
    else if (column.kind === 'perpetrators') shape.populate[field] = { populate: { actor: { select: ['key'] } } };
    else if (column.kind !== 'status') shape.select.push(field);
  }
  if (pointOf === 'own') shape.select.push(...COORDINATES);
  else if (pointOf) populated(pointOf.relation, ['documentId', 'pcode', ...COORDINATES]);
  shape.select = [...new Set(shape.select)];
  return shape;
}
