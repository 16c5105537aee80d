/**
 * A queue of read-modify-write tasks: each starts once the one before it ended (failed or not).
 * The background is one process, but its handlers interleave at every await: two requests that
 * both read a stored value before either wrote it lose one change.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };
}
