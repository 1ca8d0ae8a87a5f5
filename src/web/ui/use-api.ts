import { useCallback, useEffect, useState } from 'preact/hooks';

/** Where a request stands: loading, failed (with the error), or done (with the data). */
export type Loadable<T> =
  | { state: 'loading'; data?: T | undefined }
  | { state: 'failed'; error: unknown; data?: T | undefined }
  | { state: 'ready'; data: T };

/**
 * Runs `load` whenever `deps` change, aborting the previous call, and gives its state and a
 * `retry`. While a new call runs, the previous data stays available (no flash of empty page).
 *
 * @example const [pathways, retry] = useApi((signal) => searchPathways({ lang }, signal), [lang]);
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setResult((previous) => ({ state: 'loading', data: previous.data }));
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setResult({ state: 'ready', data }); },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult((previous) => ({ state: 'failed', error, data: previous.data }));
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [result, retry];
}
