import slugify from 'slugify';

/** URL slug of a title in any script; slugify transliterates Arabic letters to Latin ones. */
export function slugOf(title: string): string {
  return slugify(title, { lower: true, strict: true, trim: true }).slice(0, 120).replace(/-+$/, '');
}

/**
 * The first of `base`, `base-2`, `base-3`, ... not in `taken`. The slugs in use are looked up
 * once, so a clash costs one query rather than one per candidate.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
