import * as React from 'react';
import { errorMessage, type DataExchangeApi } from './api';
import type { Import, ImportRequest } from './contract';

/** How often a commit's progress is read. */
export const POLL_INTERVAL = 300;
/** Failed reads in a row after which the page says it lost track (it keeps trying). */
const LOST_AFTER = 3;

export interface ImportRun {
  /** The import previewed, being committed, or done. */
  current?: Import;
  busy?: 'preview' | 'commit';
  /** A request that failed, with the server's message when it sent one. */
  failure?: { during: 'preview' | 'commit'; message?: string };
  /** Progress could not be read for a while. */
  lost: boolean;
}

/**
 * One import from preview to result: uploads the file for a dry run, commits it, and follows its
 * progress: streamed on the commit's response, or read every 300 ms while the server writes it.
 */
export function useImportRun(api: DataExchangeApi, token: string | null) {
  const [run, setRun] = React.useState<ImportRun>({ lost: false });

  const preview = React.useCallback(
    async (request: ImportRequest) => {
      setRun((previous) => ({ ...previous, busy: 'preview', failure: undefined }));
      try {
        setRun({ current: await api.preview(request), lost: false });
      } catch (error) {
        setRun((previous) => ({ ...previous, busy: undefined, failure: { during: 'preview', message: errorMessage(error) } }));
      }
    },
    [api]
  );

  const commit = React.useCallback(async () => {
    if (!run.current) return;
    const id = run.current.id;
    setRun((previous) => ({ ...previous, busy: 'commit', failure: undefined }));
    try {
      const current = await api.commit(id, token, (progress) =>
        setRun((previous) => (previous.current ? { ...previous, current: { ...previous.current, state: 'committing', progress } } : previous))
      );
      setRun({ current, lost: false });
    } catch (error) {
      setRun((previous) => ({ ...previous, busy: undefined, failure: { during: 'commit', message: errorMessage(error) } }));
    }
  }, [api, run.current, token]);

  const reset = React.useCallback(() => setRun({ lost: false }), []);

  // While the server writes, read the import again until it is committed or failed.
  const committing = run.current?.state === 'committing' ? run.current.id : undefined;
  React.useEffect(() => {
    if (committing === undefined) return;
    let stopped = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const current = await api.get(committing);
        failures = 0;
        if (!stopped) setRun({ current, lost: false });
        if (current.state !== 'committing') return;
      } catch {
        failures += 1;
        if (!stopped && failures >= LOST_AFTER) setRun((previous) => ({ ...previous, lost: true }));
      }
      if (!stopped) timer = setTimeout(poll, POLL_INTERVAL);
    };
    timer = setTimeout(poll, POLL_INTERVAL);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, committing]);

  return { run, preview, commit, reset };
}
