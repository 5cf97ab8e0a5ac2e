import * as React from 'react';

export interface RemoteData<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => Promise<void>;
}

/**
 * Runs `load` (memoised by the caller) now and whenever it changes, and on `reload`. Data already
 * shown stays while a reload runs, so lists do not flash, and only the latest call's answer is kept,
 * so a slow earlier answer (an older search, say) cannot overwrite a newer one.
 */
export function useRemoteData<T>(load: () => Promise<T>): RemoteData<T> {
  const [state, setState] = React.useState<{ data?: T; error?: unknown; isLoading: boolean }>({ isLoading: true });
  const latestCall = React.useRef(0);

  const reload = React.useCallback(async () => {
    const call = ++latestCall.current;
    setState((previous) => ({ ...previous, isLoading: true }));
    try {
      const data = await load();
      if (call === latestCall.current) setState({ data, isLoading: false });
    } catch (error) {
      if (call === latestCall.current) setState((previous) => ({ data: previous.data, error, isLoading: false }));
    }
  }, [load]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  return { data: state.data, error: state.error, isLoading: state.isLoading, reload };
}
