/**
 * Back from a vacancy's detail puts focus on its row again, as a keyboard user expects (not on
 * <body>, which would send them to the top of the popup). The list is read live, so the row may
 * be drawn a moment after the view: it is watched for until drawn, a limit passes, or the user
 * has put focus somewhere themselves.
 */

/** The control that opens `reference`'s detail: a deadline row, or a seen notice's open button. */
export function rowOf(root: ParentNode, reference: string): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>('[data-reference]')) {
    if (element.dataset.reference !== reference) continue;
    if (element.matches('button')) return element;
    const open = element.querySelector<HTMLElement>('button.dl-seen-open');
    if (open) return open;
  }
  return null;
}

export interface ReturnFocusOptions {
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Focuses `reference`'s row in `root` once it is there; the returned function stops waiting. */
export function returnFocusToRow(root: HTMLElement, reference: string, { timeoutMs = 3000, setTimer = setTimeout, clearTimer = clearTimeout as (timer: unknown) => void }: ReturnFocusOptions = {}): () => void {
  const doc = root.ownerDocument;
  // Focus the user placed (a tab, Undo) is theirs: only focus that was lost is given back.
  const lost = () => doc.activeElement === null || doc.activeElement === doc.body;
  const settled = (): boolean => {
    if (!lost()) return true;
    const row = rowOf(root, reference);
    row?.focus();
    return row !== null;
  };
  if (settled()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (settled()) stop();
  });
  observer.observe(root, { childList: true, subtree: true });
  const timer = setTimer(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimer(timer);
  }
  return stop;
}
