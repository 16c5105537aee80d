import { useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';

/**
 * A real, labelled file input (keyboard and screen-reader friendly) inside a drop zone for
 * those who prefer dragging. The file is handed over as is; nothing is uploaded.
 */
export function FileDrop({ id, onFile }: { id: string; onFile: (file: File) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(event) => {
        // Accepting the drag is what lets the drop happen here instead of opening the file.
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <label for={id}>{t('essayFileLabel')}</label>
      <input
        id={id}
        type="file"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
        }}
      />
      <p id={`${id}-hint`} class="muted drop-hint">{over ? t('essayDropActive') : t('essayDropHint')}</p>
    </div>
  );
}
