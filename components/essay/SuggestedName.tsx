import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The compliant file name with a Copy button. When the clipboard is unavailable (permissions,
 * an old browser) the name is selected instead, so the user can copy it by hand.
 */
export function SuggestedName({ name, compliant, id = 'essay-suggested-name' }: { name: string; compliant: boolean; id?: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  const field = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(name);
      setState('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setState('failed');
    }
  };

  if (compliant) return <p class="suggested-name ok">{t('essayNameCompliant')}</p>;
  return (
    <div class="suggested-name">
      <label for={id}>{t('essaySuggestedName')}</label>
      <div class="suggested-name-row">
        <input id={id} ref={field} type="text" readOnly value={name} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>{t('essayCopy')}</button>
      </div>
      <p role="status" class="copy-state">
        {state === 'copied' ? t('essayCopied') : state === 'failed' ? t('essayCopyFailed') : ''}
      </p>
    </div>
  );
}
