import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Encoding, Delimiter } from '../tables/read-table';
import { commitImport, ImportRefused, previewImport, type ImportReport } from './run';

export type JobState = 'previewed' | 'committing' | 'committed' | 'failed';

export interface ImportJob {
  id: string;
  /** The admin who uploaded it: only they see and commit it. */
  ownerId: number;
  fileName: string;
  path: string;
  options: { mapping: string; encoding: Encoding | 'auto'; delimiter: Delimiter | 'auto' };
  state: JobState;
  report: ImportReport;
  progress: { done: number; total: number };
  error?: string;
  createdAt: number;
}

/** An uploaded file is kept for its preview and commit, and removed an hour after its upload. */
const KEPT_FOR_MS = 60 * 60 * 1000;
const DIRECTORY = path.join(os.tmpdir(), 'syria-cms-imports');

/**
 * Imports started from the admin panel, between their preview and their commit. They live in this
 * process: a preview is committed on the instance that made it (an upload is a file on its disk),
 * and losing them (a restart) loses only previews, never a half-written import, as a commit is
 * one transaction.
 */
export function importJobs(strapi: Core.Strapi) {
  const jobs = new Map<string, ImportJob>();

  const sweep = () => {
    const now = Date.now();
    for (const job of jobs.values()) {
      if (job.state !== 'committing' && now - job.createdAt > KEPT_FOR_MS) {
        jobs.delete(job.id);
        void rm(job.path, { force: true });
      }
    }
  };

  return {
    async preview(upload: { path: string; name: string }, ownerId: number, options: ImportJob['options']): Promise<ImportJob> {
      sweep();
      const id = randomUUID();
      await mkdir(DIRECTORY, { recursive: true });
      const kept = path.join(DIRECTORY, id);
      await copyFile(upload.path, kept);
      try {
        const report = await previewImport(strapi, kept, options);
        const job: ImportJob = { id, ownerId, fileName: upload.name, path: kept, options, state: 'previewed', report, progress: { done: 0, total: report.rows }, createdAt: Date.now() };
        jobs.set(id, job);
        return job;
      } catch (error) {
        await rm(kept, { force: true });
        throw error;
      }
    },

    find(id: string, ownerId: number): ImportJob | undefined {
      const job = jobs.get(id);
      return job && job.ownerId === ownerId ? job : undefined;
    },

    /** Writes the previewed file; `onProgress` hears the rows done after each batch. */
    async commit(job: ImportJob, onProgress: (progress: ImportJob['progress']) => void = () => {}): Promise<ImportJob> {
      job.state = 'committing';
      try {
        job.report = await commitImport(strapi, job.path, {
          ...job.options,
          onProgress: (done) => {
            job.progress = { done, total: job.progress.total };
            onProgress(job.progress);
          },
        });
        job.state = 'committed';
      } catch (error) {
        job.state = 'failed';
        // A refused commit (the file changed since its preview, or the database now disagrees) reports its problems.
        if (error instanceof ImportRefused) job.report = error.report;
        job.error = error instanceof Error ? error.message : String(error);
        strapi.log.warn(`import ${job.id} (${job.fileName}) failed and wrote nothing: ${job.error}`);
      } finally {
        await rm(job.path, { force: true });
      }
      return job;
    },
  };
}

export type ImportJobs = ReturnType<typeof importJobs>;
