/** The trail itself: a table of its own, not a content type, so nothing in Strapi edits it. */
export const TRAIL_TABLE = 'evidence_trail';
