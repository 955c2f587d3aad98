import { use, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import type { Language } from '../../../engine/call-types';
import { loadLanguagePack } from '../../../engine/free-text/load-language-pack';
import { matchUtterance } from '../../../engine/free-text/match-utterance';
import type { Option, Step } from '../../../engine/scenario/types';

interface Props {
  /** The step being answered: what is typed is matched to its options. */
  step: Step;
  stepId: string;
  /** Language of the call (its word lists match the typed words; it may differ from the interface's). */
  language: Language;
  /** Chooses an option, exactly as a click on it would. */
  onChoose: (optionId: string) => void;
}

/** A typed answer the matcher could not settle alone: the trainee confirms one of the closest or rephrases. */
interface Pending {
  /** The step it was typed at (a later step never shows it). */
  step: Step;
  /** Close call between two options, or too little in common with any. */
  kind: 'unsure' | 'no-match';
  /** What was typed. */
  typed: string;
  /** The two closest options, best first. */
  closest: Option[];
}

/** The last answer understood: shown until the next one, so the trainee sees how the words were taken. */
interface Understood {
  /** What was typed. */
  typed: string;
  /** The option it was taken as. */
  option: Option;
}

// What was being typed survives hold, pause and mute (which hide the answer area); one draft per step.
const drafts = new WeakMap<Step, string>();

/**
 * The free-text answer: the trainee types what they would say; a clear match is chosen at once, otherwise
 * the two closest answers are offered to confirm, with « Reformuler ». Default export: loaded lazily.
 */
export default function FreeTextAnswer({ step, stepId, language, onChoose }: Props) {
  const { t } = useTranslation();
  const pack = use(loadLanguagePack(language));
  const input = useRef<HTMLTextAreaElement>(null);
  const firstSuggestion = useRef<HTMLButtonElement>(null);
  const [draft, setDraft] = useState(() => ({ step, text: drafts.get(step) ?? '' }));
  const [pending, setPending] = useState<Pending>();
  const [understood, setUnderstood] = useState<Understood>();
  const [emptyAt, setEmptyAt] = useState<Step>();
  const text = draft.step === step ? draft.text : (drafts.get(step) ?? '');
  const shown = pending?.step === step ? pending : undefined;

  useEffect(() => {
    // Each new caller line: the cursor waits in the box (after the line is painted, as with the option list).
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [stepId]);

  useEffect(() => {
    // A close call: the first suggestion takes the focus, so Enter confirms it and Tab reaches the other.
    if (shown?.kind === 'unsure') firstSuggestion.current?.focus();
  }, [shown]);

  const type = (value: string) => {
    drafts.set(step, value);
    setDraft({ step, text: value });
  };

  const choose = (option: Option, typed: string) => {
    drafts.delete(step);
    setPending(undefined);
    setUnderstood({ typed, option });
    onChoose(option.id);
  };

  const send = () => {
    const typed = text.trim();
    if (!typed) {
      setEmptyAt(step);
      input.current?.focus();
      return;
    }
    setEmptyAt(undefined);
    const result = matchUtterance(typed, step.options, pack);
    const optionOf = (id: string) => step.options.find((o) => o.id === id);
    if (result.kind === 'matched') {
      const option = optionOf(result.optionId);
      if (option) choose(option, typed);
      return;
    }
    const closest = result.closest.flatMap((id) => optionOf(id) ?? []);
    setPending({ step, kind: result.kind, typed, closest });
    // Nothing recognised: the words stay in the box, selected, ready to be rephrased.
    if (result.kind === 'no-match') input.current?.select();
  };

  const rephrase = () => {
    setPending(undefined);
    input.current?.focus();
    input.current?.select();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter says it; Shift+Enter goes to a new line; an input method's Enter only ends the composition.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  let message: string | undefined;
  if (shown) message = shown.kind === 'unsure' ? t('freeText.unsure') : t('freeText.noMatch');
  else if (emptyAt === step) message = t('freeText.empty');

  return (
    <section className="options free-text" aria-labelledby="options-heading">
      <h2 id="options-heading">{t('call.options')}</h2>
      <form
        className="free-text-form"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <label htmlFor="free-text-input">{t('freeText.label')}</label>
        <p id="free-text-hint" className="hint">
          {t('freeText.hint')}
        </p>
        <div className="free-text-row">
          <textarea
            id="free-text-input"
            ref={input}
            lang={language}
            rows={3}
            value={text}
            aria-describedby="free-text-hint"
            onChange={(event) => type(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="submit">{t('freeText.send')}</button>
        </div>
      </form>
      <div role="status" className="free-text-status">
        {message ? (
          <p className={shown ? 'free-text-question' : undefined}>{message}</p>
        ) : (
          understood && (
            <>
              <p className="free-text-said">
                {t('freeText.youSaid')} <q lang={language}>{understood.typed}</q>
              </p>
              <p className="free-text-understood">
                {/* Option texts carry their own quotation marks. */}
                {t('freeText.understood')} <span lang={language}>{understood.option.text.trim()}</span>
              </p>
            </>
          )
        )}
      </div>
      {shown && (
        <div className="free-text-closest" role="group" aria-labelledby="free-text-closest-heading">
          <h3 id="free-text-closest-heading">{t('freeText.closest')}</h3>
          <ol>
            {shown.closest.map((option, index) => (
              <li key={option.id}>
                <button
                  type="button"
                  className="option"
                  ref={index === 0 ? firstSuggestion : undefined}
                  onClick={() => choose(option, shown.typed)}
                >
                  <span lang={language}>{option.text}</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={rephrase}>
            {t('freeText.rephrase')}
          </button>
        </div>
      )}
    </section>
  );
}
