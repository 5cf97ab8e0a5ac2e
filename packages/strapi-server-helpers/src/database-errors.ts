/**
 * What a database error means, read from the shapes Node, pg, better-sqlite3 and knex each report
 * it in. The error a request fails with may wrap the one that says why, so the whole chain of
 * causes is read.
 */

/** Socket errors of Node on connecting, or on a connection that died. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** PostgreSQL: connection exceptions (class 08) and the server shutting down or not yet up (57P01–57P03). */
const POSTGRES_CODES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);

/** SQLite: the file is locked by another writer for longer than the busy timeout, or cannot be opened (with extended codes). */
const SQLITE_CODE = /^SQLITE_(BUSY|CANTOPEN)(_|$)/;

/**
 * What pg and knex say without a code: a connection closed under a query ("Connection terminated
 * unexpectedly"), a client whose connection has failed, pg giving up connecting (connectionTimeoutMillis:
 * just "timeout expired"), and knex's pool giving up on a connection (a query timeout of knex's has
 * the same error class but not these words). Knex puts the SQL before the driver's message.
 */
const MESSAGES = /Connection terminated|Client has encountered a connection error|^timeout expired$|Timeout acquiring a connection/i;

/** How deep a chain of causes is followed: guards against cycles and absurd nesting. */
const MAX_DEPTH = 8;

type ErrorFields = { code?: unknown; message?: unknown; constraint?: unknown };

/** Whether `error` or any error it wraps passes `test`. */
function anyCause(error: unknown, test: (fields: ErrorFields) => boolean, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  if (test(error as ErrorFields)) return true;
  const { cause, errors, nativeError } = error as Record<string, unknown>;
  // Node reports a refused connection to a name with several addresses as an AggregateError of one error per address.
  const inner = [cause, nativeError, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((next) => anyCause(next, test, depth + 1));
}

/**
 * Whether an error means the database could not be reached (refused, cut off, timed out, shutting
 * down), as opposed to a query it refused: the first is worth retrying shortly, the second is not.
 */
export const isConnectionError = (error: unknown): boolean =>
  anyCause(
    error,
    ({ code, message }) =>
      (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || SQLITE_CODE.test(code))) ||
      (typeof message === 'string' && MESSAGES.test(message))
  );

/** A unique index, as the two databases name it in the error of a write that violates it. */
export interface UniqueIndex {
  name: string;
  table: string;
  columns: string[];
}

/**
 * Whether an error is a write refused by a unique index: `index` if given, any otherwise.
 * PostgreSQL (23505) names the index; SQLite (SQLITE_CONSTRAINT_UNIQUE) names only the table's
 * columns ("UNIQUE constraint failed: articles.locale, articles.slug"), so there two indexes on the
 * same columns (partial ones) are one.
 */
export const isUniqueViolation = (error: unknown, index?: UniqueIndex): boolean =>
  anyCause(error, ({ code, message, constraint }) => {
    if (code === '23505') return !index || constraint === index.name;
    if (code !== 'SQLITE_CONSTRAINT_UNIQUE') return false;
    const columns = index?.columns.map((column) => `${index.table}.${column}`).join(', ');
    return !columns || (typeof message === 'string' && message.endsWith(`UNIQUE constraint failed: ${columns}`));
  });

/**
 * Answers that can hide an unreachable database: Strapi answers a failed read with a 401 in the
 * users-permissions auth strategy, with a 501 in the admin login, and with a 500 anywhere else.
 * These are worth checking the database for; a success, a 404 or a 400 is not.
 */
export const mayHideUnreachableDatabase = (status: number): boolean => status === 401 || status === 403 || status >= 500;
