import { PassThrough } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError, throwIfProblems } from '@syria-cms/strapi-server-helpers';
import { importJobs, type ImportJob } from '../data-exchange/import/jobs';
import { findMapping, mappingsOf } from '../data-exchange/mappings';
import { dataExchangeSettings } from '../data-exchange/settings';
import { DELIMITERS, ENCODINGS, UnreadableTable } from '../data-exchange/tables/read-table';
import { DATA_EXCHANGE_ACTION } from '../bootstrap/data-exchange-permission';

const policies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [DATA_EXCHANGE_ACTION] } }];

/**
 * The admin panel's import: upload a file with a mapping (the dry run answers), then commit it.
 * A commit asked for with `Accept: application/x-ndjson` streams its progress on its own response,
 * one JSON line per batch and the result last: on SQLite the commit's transaction holds the only
 * connection, so a second request asking for progress would wait until the end.
 */
export const dataExchangeImportRoutes = (strapi: Core.Strapi): Core.Router => {
  const jobs = importJobs(strapi);
  const route = (method: 'GET' | 'POST', path: string, handler: (ctx: any) => Promise<void>): Core.Route => ({ method, path, handler, info: { type: 'admin' }, config: { policies } });
  const ownJob = (ctx: any): ImportJob => {
    const job = jobs.find(ctx.params.id, ctx.state.user.id);
    if (!job) throw new errors.NotFoundError(`No import ${ctx.params.id} of yours is waiting here (previews are kept for an hour by the instance that made them: upload the file again)`);
    return job;
  };
  return {
    type: 'admin',
    prefix: '/admin',
    routes: [
      route('GET', '/data-exchange/mappings', async (ctx) => {
        ctx.body = { data: mappingsOf(dataExchangeSettings(strapi)).map(({ name, label, description, types, columns }) => ({ name, label, description, types, columns })) };
      }),
      route('POST', '/data-exchange/imports', async (ctx) => {
        const { body = {}, files = {} } = ctx.request;
        const file = Array.isArray(files.file) ? files.file[0] : files.file;
        const encoding = body.encoding || 'auto';
        const delimiter = body.delimiter || 'auto';
        throwIfProblems([
          ...(file ? [] : [fieldError('file', 'Attach the file to import as "file"')]),
          ...(typeof body.mapping === 'string' && body.mapping ? [] : [fieldError('mapping', `Choose a mapping: ${mappingsOf(dataExchangeSettings(strapi)).map(({ name }) => name).join(', ')}`)]),
          ...(['auto', ...ENCODINGS].includes(encoding) ? [] : [fieldError('encoding', `"${encoding}" is not one of auto, ${ENCODINGS.join(', ')}`)]),
          ...(['auto', ...DELIMITERS].includes(delimiter) ? [] : [fieldError('delimiter', `"${delimiter}" is not one of auto, ${DELIMITERS.map((d) => JSON.stringify(d)).join(', ')}`)]),
        ]);
        findMapping(dataExchangeSettings(strapi), body.mapping);
        try {
          const job = await jobs.preview({ path: file.filepath, name: file.originalFilename ?? 'file' }, ctx.state.user.id, { mapping: body.mapping, encoding, delimiter });
          ctx.status = 201;
          ctx.body = { data: describe(job) };
        } catch (error) {
          if (error instanceof UnreadableTable) throw new errors.ValidationError(error.message, { errors: [{ path: ['file'], message: error.message, name: 'ValidationError' }] });
          throw error;
        }
      }),
      route('GET', '/data-exchange/imports/:id', async (ctx) => {
        ctx.body = { data: describe(ownJob(ctx)) };
      }),
      route('POST', '/data-exchange/imports/:id/commit', async (ctx) => {
        const job = ownJob(ctx);
        if (job.state !== 'previewed') return conflict(ctx, `This import is ${job.state}: a preview is committed once`);
        if (job.report.problemCount > 0) {
          return conflict(ctx, `The preview found ${job.report.problemCount} problem(s): correct the file and preview it again; nothing is written until it has none`);
        }
        if ((ctx.get('Accept') ?? '').includes('application/x-ndjson')) {
          const stream = new PassThrough();
          ctx.status = 200;
          ctx.type = 'application/x-ndjson';
          ctx.set('Cache-Control', 'no-store');
          ctx.body = stream;
          const line = (value: unknown) => stream.write(`${JSON.stringify(value)}\n`);
          line({ progress: job.progress });
          void jobs.commit(job, (progress) => line({ progress })).then((done) => {
            line({ data: describe(done) });
            stream.end();
          });
          return;
        }
        void jobs.commit(job);
        ctx.status = 202;
        ctx.body = { data: describe(job) };
      }),
    ],
  };
};

/** A commit the import's state does not allow: Strapi's errors have no 409, so it is written as they write theirs. */
function conflict(ctx: any, message: string) {
  ctx.status = 409;
  ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message, details: {} } };
}

/** A job as the admin panel reads it: never the path of the file on the server. */
function describe(job: ImportJob) {
  const { id, fileName, state, report, progress, error } = job;
  return { id, fileName, state, ...report, progress, ...(error ? { error } : {}) };
}
