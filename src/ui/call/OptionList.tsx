import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Language } from '../../engine/call-types';
import type { Option } from '../../engine/scenario/types';

interface Props {
  options: readonly Option[];
  /** Language of the call. */
  language: Language;
  onChoose: (optionId: string) => void;
}

/**
 * The trainee's possible answers. Mounted afresh for each step (keyed by step id): focus lands on the first
 * answer so a keyboard user goes on at once; keys 1–4 choose directly.
 */
export function OptionList({ options, language, onChoose }: Props) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Focus after the frame that shows the caller's new line: moving focus forces a layout, and the
    // line must appear first (answer → next line is the latency trainees feel).
    const frame = requestAnimationFrame(() => first.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const index = Number.parseInt(event.key, 10) - 1;
      const option = Number.isInteger(index) ? options[index] : undefined;
      if (option) {
        event.preventDefault();
        onChoose(option.id);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [options, onChoose]);

  return (
    <section className="options" aria-labelledby="options-heading">
      <h2 id="options-heading">{t('call.options')}</h2>
      <p className="hint">{t('call.keyboardHint')}</p>
      <ol>
        {options.map((option, index) => (
          <li key={option.id}>
            <button
              type="button"
              ref={index === 0 ? first : undefined}
              className="option"
              onClick={() => onChoose(option.id)}
            >
              <span className="key" aria-hidden="true">
                {index + 1}
              </span>
              <span lang={language}>{option.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
