import { useId, useState } from 'react';
import type { DragEvent } from 'react';
import { maxBatchBytes, maxResultFileBytes } from '../../../engine/cohort/read-result-files';
import { useTranslation } from '../../../i18n/i18n';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * Where the trainer brings the result files: dropped on the zone, or chosen with the file input (the way
 * in for the keyboard and for screen readers: dragging is a mouse gesture).
 */
export function ResultDropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const hover = (event: DragEvent) => {
    // Without this the browser opens the dropped file in place of the app.
    event.preventDefault();
    setOver(true);
  };
  return (
    <section className="result-drop" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('cohort.drop.heading')}</h3>
      <div
        className={over ? 'drop-zone over' : 'drop-zone'}
        onDragEnter={hover}
        onDragOver={hover}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const files = [...event.dataTransfer.files];
          if (files.length) onFiles(files);
        }}
      >
        <p>{t('cohort.drop.zone')}</p>
        <label htmlFor={`${id}-input`} className="drop-label">
          {t('cohort.drop.input')}
        </label>
        <input
          id={`${id}-input`}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${id}-limits`}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            // The same files can be chosen again (after a fix, say).
            input.value = '';
            if (files.length) onFiles(files);
          }}
        />
        <p id={`${id}-limits`} className="hint">
          {t('cohort.drop.limits', {
            perFile: megabytes(maxResultFileBytes),
            total: megabytes(maxBatchBytes),
          })}
        </p>
      </div>
    </section>
  );
}
