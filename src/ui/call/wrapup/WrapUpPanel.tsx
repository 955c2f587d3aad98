import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { isOutbound } from '../../../engine/call-types';
import type { Scenario } from '../../../engine/scenario/types';
import { callWords } from '../../../engine/wrapup/call-words';
import { dispositionsByCallType } from '../../../engine/wrapup/dispositions';
import { localDay } from '../../../engine/wrapup/wrap-up-log';
import type {
  CallbackBooking,
  SpellingRecord,
  WrapUpEdit,
  WrapUpLog,
} from '../../../engine/wrapup/wrap-up-log';
import { useTranslation } from '../../../i18n/i18n';
import { appSpellChecker } from '../../../spelling/spell-client';
import type { SpellChecker } from '../../../spelling/spell-client';
import { SpellingList } from './SpellingList';
import { useSpellCheck } from './use-spell-check';

interface Props {
  scenario: Scenario;
  /** The wrap-up as saved so far (a resumed call shows it again). */
  wrapUp: WrapUpLog | undefined;
  /** Saves a change to the session (and so to the attempt). */
  onChange: (edit: WrapUpEdit) => void;
  /** Filled with a function « Voir le débriefing » awaits: it saves the note and checks it one last time. */
  flushRef: RefObject<(() => Promise<void> | undefined) | null>;
  /** The spelling checker (a fake in tests; the app's worker otherwise). */
  checker?: SpellChecker;
}

const emptyCallback: CallbackBooking = { date: '', time: '', person: '' };

/**
 * After-call work: the wrap-up note (outcome, action, follow-up), the disposition code and, for outbound
 * calls, the callback. The note is spell-checked in a worker when typing pauses; misspelt words are listed
 * with suggestions that replace them in one click.
 */
export function WrapUpPanel({ scenario, wrapUp, onChange, flushRef, checker = appSpellChecker() }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState(wrapUp?.note ?? '');
  const [callback, setCallback] = useState<CallbackBooking>(wrapUp?.callback ?? emptyCallback);
  const allow = useMemo(() => callWords(scenario), [scenario]);
  const onVerdict = useCallback((spelling: SpellingRecord) => onChange({ spelling }), [onChange]);
  const spell = useSpellCheck(checker, scenario.language, allow, onVerdict);
  // The day the panel opened: the date picker starts there (the debrief judges against the day it ends).
  const [today] = useState(() => localDay(Date.now()));
  const outbound = isOutbound(scenario.callType);

  const savedNote = wrapUp?.note ?? '';
  const { flush } = spell;
  useEffect(() => {
    flushRef.current = () => {
      if (note !== savedNote) onChange({ note });
      return flush(note);
    };
  }, [flushRef, note, savedNote, onChange, flush]);

  const edit = (text: string) => {
    setNote(text);
    spell.schedule(text);
  };
  const replace = (word: string, suggestion: string) => {
    // Every occurrence of the word as a whole word (letters around it would make it another word).
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const text = note.replace(pattern, suggestion);
    setNote(text);
    onChange({ note: text });
    spell.schedule(text);
  };
  const setCallbackField = (field: keyof CallbackBooking, value: string) =>
    setCallback((before) => ({ ...before, [field]: value }));

  return (
    <section className="wrap-up" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('wrapUp.heading')}</h3>
      <div className="field field-wide">
        <label htmlFor={`${id}-note`}>{t('wrapUp.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={5}
          lang={scenario.language}
          value={note}
          spellCheck={false}
          aria-describedby={`${id}-note-hint ${id}-note-count`}
          onFocus={spell.warm}
          onChange={(event) => edit(event.target.value)}
          onBlur={() => onChange({ note })}
        />
        <p className="hint" id={`${id}-note-hint`}>
          {t('wrapUp.noteHint')}
        </p>
        <p className="hint" id={`${id}-note-count`}>
          {t('wrapUp.characters', { count: note.length })}
        </p>
      </div>
      <SpellingList state={spell.state} note={note} language={scenario.language} onReplace={replace} />
      <div className="field">
        <label htmlFor={`${id}-disposition`}>{t('wrapUp.disposition')}</label>
        <select
          id={`${id}-disposition`}
          value={wrapUp?.disposition ?? ''}
          onChange={(event) => onChange({ disposition: event.target.value })}
        >
          <option value="">{t('wrapUp.chooseDisposition')}</option>
          {dispositionsByCallType[scenario.callType].map((code) => (
            <option key={code} value={code}>
              {t(`wrapUp.dispositions.${code}`)}
            </option>
          ))}
        </select>
      </div>
      {outbound && (
        <fieldset className="callback" aria-describedby={`${id}-callback-hint`}>
          <legend>{t('wrapUp.callback')}</legend>
          <p className="hint" id={`${id}-callback-hint`}>
            {t('wrapUp.callbackHint')}
          </p>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('wrapUp.callbackDate')}</label>
            <input
              id={`${id}-date`}
              type="date"
              min={today}
              value={callback.date}
              onChange={(event) => setCallbackField('date', event.target.value)}
              onBlur={() => onChange({ callback })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{t('wrapUp.callbackTime')}</label>
            <input
              id={`${id}-time`}
              type="time"
              value={callback.time}
              onChange={(event) => setCallbackField('time', event.target.value)}
              onBlur={() => onChange({ callback })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-person`}>{t('wrapUp.callbackPerson')}</label>
            <input
              id={`${id}-person`}
              type="text"
              lang={scenario.language}
              value={callback.person}
              onChange={(event) => setCallbackField('person', event.target.value)}
              onBlur={() => onChange({ callback })}
            />
          </div>
        </fieldset>
      )}
    </section>
  );
}
