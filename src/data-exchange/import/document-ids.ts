import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A document id for a record the import will create, chosen while planning so that later rows of
 * the same file can point at it. Shaped like Strapi's own (24 lowercase letters and digits,
 * starting with a letter); 123 random bits make a clash with any existing id negligible.
 */
export function newDocumentId(): string {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0] % 26];
  for (let index = 1; index < 24; index++) id += ALPHABET[bytes[index] % ALPHABET.length];
  return id;
}
