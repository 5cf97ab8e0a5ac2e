/**
 * Wraps words of the content's language set into a sentence of the interface's ("names {place}")
 * in Unicode isolates, so Arabic inside English, or English inside Arabic, cannot reorder the
 * words and punctuation around it.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;
