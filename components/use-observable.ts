import { useEffect, useState } from 'preact/hooks';

export interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): { unsubscribe(): void };
}

/** Follows a Dexie liveQuery (or any observable): undefined until the first value. */
export function useObservable<T>(
  make: () => Subscribable<T>,
  deps: unknown[],
  /** A value already read, shown until the observable's first emission. */
  initial?: T,
): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: initial, error: undefined });
  useEffect(() => {
    const subscription = make().subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error) => setState((previous) => ({ ...previous, error })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
