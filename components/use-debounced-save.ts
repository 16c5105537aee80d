import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves typed text after a pause, and at once on flush (blur) and on unmount, so nothing typed is
 * lost when the popup closes or the user navigates away mid-sentence.
 */
export function useDebouncedSave(save: (value: string) => Promise<unknown>, delayMs = 400) {
  const [state, setState] = useState<SaveState>('idle');
  // What the failed save threw; the view words it (utils/failure.ts).
  const [error, setError] = useState<unknown>(null);
  const pending = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestSave = useRef(save);
  latestSave.current = save;
  const mounted = useRef(true);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === undefined) return Promise.resolve();
    pending.current = undefined;
    if (mounted.current) setState('saving');
    return latestSave.current(value).then(
      () => {
        if (mounted.current) setState(pending.current === undefined ? 'saved' : 'pending');
      },
      (reason: unknown) => {
        if (!mounted.current) return;
        // Keep the text as pending so the next keystroke or blur tries again.
        if (pending.current === undefined) pending.current = value;
        setError(reason);
        setState('error');
      },
    );
  }, []);

  const schedule = useCallback(
    (value: string) => {
      pending.current = value;
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  /** True while typed text has not reached the store yet. */
  const dirty = () => pending.current !== undefined;
  /** Drops the text not sent yet (the user chose another window's text instead). */
  const cancel = () => {
    clearTimeout(timer.current);
    pending.current = undefined;
    setState('idle');
  };
  return { state, error, schedule, flush, dirty, cancel };
}
