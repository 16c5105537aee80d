import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../components/i18n-context';

/**
 * A view loaded on first use: the popup's first render carries only the deadline tracker, and
 * the comparison, essay check (fflate), manual capture (the parser) and settings (backup
 * validation) arrive when their tab is opened.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyView(props: P) {
    const { t } = useI18n();
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<unknown>(null);
    useEffect(() => {
      if (View) return;
      load()
        .then((component) => {
          loaded = component;
          setView(() => component);
        })
        .catch(setFailed);
    }, [View]);
    if (failed) return <p role="alert" class="error">{String(failed)}</p>;
    return View ? <View {...props} /> : <p class="muted">{t('loading')}</p>;
  };
}
