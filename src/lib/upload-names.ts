import path from 'node:path';

/**
 * The name of the file under public/uploads that Strapi's static servers would send for this
 * request path, or undefined when they would send none from there. They decode the path once and
 * normalise it, and `strapi::public` serves every path but those starting /uploads/ from the same
 * folder, so /%75ploads/x, /./uploads/x, /uploads%2fx and /a/../uploads/x all reach
 * public/uploads/x. Compared lowercased: on a case-insensitive disk /UPLOADS/X is that file too.
 */
export function uploadedFileName(requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined; // the static servers refuse it with a 400
  }
  if (decoded.includes('\0')) return undefined; // refused with a 400 too (and PostgreSQL cannot compare it)
  // Windows reads a backslash as a separator.
  const normalised = path.posix.normalize(`/${decoded.replace(/\\/g, '/')}`).toLowerCase();
  if (!normalised.startsWith('/uploads/')) return undefined;
  const name = normalised.slice(normalised.lastIndexOf('/') + 1);
  return name === '' ? undefined : name;
}

/**
 * The hashes of the stored files a name under /uploads can belong to. The upload plugin stores a
 * file as `<hash><ext>` and each format it generates as `<format>_<hash><ext>` (thumbnail_,
 * small_, ...); hashes have no dots. Every `_`-suffix of the stem is a candidate, not only the
 * suffixes after today's format names: breakpoints are configurable, and formats generated under
 * an earlier configuration stay on disk.
 */
export function hashCandidates(fileName: string): string[] {
  const stem = fileName.split('.')[0];
  const candidates = [stem];
  for (let at = stem.indexOf('_'); at !== -1; at = stem.indexOf('_', at + 1)) candidates.push(stem.slice(at + 1));
  return candidates;
}
