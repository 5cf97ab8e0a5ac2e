import { isConnectionError, isUniqueViolation, mayHideUnreachableDatabase } from '../src';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('an error that says the database cannot be reached', () => {
  test('a socket refused, reset, timed out or broken, or a host not found', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']) {
      expect([code, isConnectionError(withCode(code))]).toEqual([code, true]);
    }
  });

  test('PostgreSQL closing the connection, shutting down or not yet accepting connections', () => {
    for (const code of ['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']) {
      expect([code, isConnectionError(withCode(code))]).toEqual([code, true]);
    }
  });

  test('SQLite locked by another writer or unable to open its file, extended codes included', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_CANTOPEN', 'SQLITE_CANTOPEN_ISDIR']) {
      expect([code, isConnectionError(withCode(code))]).toEqual([code, true]);
    }
  });

  test('what pg and knex say without a code, the SQL knex puts before it included', () => {
    expect(isConnectionError(new Error('select "t0".* from "articles" as "t0" - Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('timeout expired'))).toBe(true);
    expect(isConnectionError(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    const poolTimeout = Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'), { name: 'KnexTimeoutError' });
    expect(isConnectionError(poolTimeout)).toBe(true);
  });

  test('wrapped: in a cause, a native error, or one error per address of an AggregateError', () => {
    const wrapping = (message: string, cause: unknown) => Object.assign(new Error(message), { cause });
    expect(isConnectionError(wrapping('Could not load the public role', wrapping('outer', withCode('ECONNREFUSED'))))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('query failed'), { nativeError: withCode('57P01') }))).toBe(true);
    const perAddress = [withCode('ECONNREFUSED', 'connect ECONNREFUSED ::1:5432'), withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')];
    expect(isConnectionError(Object.assign(new Error(''), { name: 'AggregateError', errors: perAddress }))).toBe(true);
  });
});

describe('an error that does not', () => {
  test('a query the database refused, a validation error, a query timeout of knex', () => {
    expect(isConnectionError(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isConnectionError(withCode('42P01', 'relation "nowhere" does not exist'))).toBe(false);
    expect(isConnectionError(withCode('SQLITE_CONSTRAINT_UNIQUE'))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('title must be a string'), { name: 'ValidationError' }))).toBe(false);
    const queryTimeout = Object.assign(new Error('Defined query timeout of 1000ms exceeded when running query.'), { name: 'KnexTimeoutError' });
    expect(isConnectionError(queryTimeout)).toBe(false);
    expect(isConnectionError(new Error('the request timeout expired'))).toBe(false);
  });

  test('no error at all, or something thrown that is not an error', () => {
    for (const thrown of [undefined, null, 'ECONNREFUSED', 503, {}]) expect(isConnectionError(thrown)).toBe(false);
  });

  test('a cause that leads back to itself is read once', () => {
    const error: Error & { cause?: unknown } = new Error('outer');
    error.cause = error;
    expect(isConnectionError(error)).toBe(false);
  });
});

test('only a 401, a 403 or a 5xx can hide an unreachable database', () => {
  expect([401, 403, 500, 501, 502].map(mayHideUnreachableDatabase)).toEqual([true, true, true, true, true]);
  expect([200, 201, 204, 301, 304, 400, 404, 405, 413, 429].map(mayHideUnreachableDatabase)).toEqual(Array(10).fill(false));
});

describe('a write refused by a unique index', () => {
  const slugs = { name: 'articles_slug_draft_unique', table: 'articles', columns: ['locale', 'slug'] };

  test('PostgreSQL names the index', () => {
    const error = Object.assign(withCode('23505', 'insert into "articles" ... - duplicate key value violates unique constraint "articles_slug_draft_unique"'), {
      constraint: 'articles_slug_draft_unique',
    });
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, slugs)).toBe(true);
    expect(isUniqueViolation(Object.assign(withCode('23505'), { constraint: 'articles_pkey' }), slugs)).toBe(false);
  });

  test('SQLite names the columns, after the SQL knex puts first', () => {
    const error = withCode('SQLITE_CONSTRAINT_UNIQUE', "insert into `articles` (`locale`, `slug`) values ('en', 'x') - UNIQUE constraint failed: articles.locale, articles.slug");
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, slugs)).toBe(true);
    expect(isUniqueViolation(withCode('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: articles.document_id'), slugs)).toBe(false);
    expect(isUniqueViolation(withCode('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: articles.locale, articles.slug, articles.x'), slugs)).toBe(false);
  });

  test('wrapped in a cause', () => {
    expect(isUniqueViolation(Object.assign(new Error('outer'), { cause: Object.assign(withCode('23505'), { constraint: slugs.name }) }), slugs)).toBe(true);
  });

  test('not another refusal, nor an unreachable database', () => {
    for (const code of ['23503', '23502', 'SQLITE_CONSTRAINT_NOTNULL', 'ECONNREFUSED']) expect(isUniqueViolation(withCode(code, 'unique'))).toBe(false);
  });
});
