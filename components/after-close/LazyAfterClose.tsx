import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AfterClosePanelProps } from './AfterClosePanel';

let loaded: ComponentType<AfterClosePanelProps> | null = null;

/**
 * The after-close panel (and the invitation reader it carries) arrives on the detail view's
 * first use of it, not with the detail view itself. Until then nothing is shown: it is below
 * the vacancy's status, and a failed load leaves the rest of the view as it is.
 */
export function LazyAfterClose(props: AfterClosePanelProps) {
  const [Panel, setPanel] = useState<ComponentType<AfterClosePanelProps> | null>(() => loaded);
  useEffect(() => {
    if (Panel) return;
    let live = true;
    import('./AfterClosePanel')
      .then((module) => {
        loaded = module.AfterClosePanel;
        if (live) setPanel(() => module.AfterClosePanel);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [Panel]);
  return Panel ? <Panel {...props} /> : null;
}
