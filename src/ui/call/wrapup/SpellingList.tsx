import type { Language } from '../../../engine/call-types';
import { useTranslation } from '../../../i18n/i18n';
import type { SpellState } from './use-spell-check';

interface Props {
  state: SpellState;
  /** The note as it stands: words already corrected drop out of the list. */
  note: string;
  language: Language;
  onReplace: (word: string, suggestion: string) => void;
}

/**
 * The spelling check in words, not only in colour: a status line, then the list of words to look at, each
 * with buttons that put a suggestion in its place.
 */
export function SpellingList({ state, note, language, onReplace }: Props) {
  const { t } = useTranslation();
  const stale = state.status === 'checked' && state.text !== note;
  // A word corrected by hand since the check drops out at once; the next check confirms.
  const words = state.status === 'checked' ? state.misspelled.filter((m) => note.includes(m.word)) : [];
  const message =
    state.status === 'checking'
      ? t('wrapUp.spelling.checking')
      : state.status === 'unavailable'
        ? t('wrapUp.spelling.unavailable')
        : state.status === 'checked' && !stale
          ? words.length === 0
            ? t('wrapUp.spelling.none')
            : t('wrapUp.spelling.found', { count: words.length })
          : t('wrapUp.spelling.idle');
  return (
    <div className="spelling">
      <p
        role="status"
        className={state.status === 'unavailable' ? 'spelling-status warn' : 'spelling-status'}
      >
        {message}
      </p>
      {words.length > 0 && (
        <ul className="spelling-list" aria-label={t('wrapUp.spelling.list')}>
          {words.map(({ word, suggestions }) => (
            <li key={word}>
              <span lang={language} className="misspelt">
                {word}
              </span>{' '}
              {suggestions.length === 0 ? (
                <span className="hint">({t('wrapUp.spelling.noSuggestion')})</span>
              ) : (
                <>
                  <span className="hint">{t('wrapUp.spelling.suggestions')}</span>{' '}
                  {suggestions.map((suggestion) => (
                    <button
                      key={suggestion}
                      type="button"
                      className="suggestion"
                      lang={language}
                      aria-label={t('wrapUp.spelling.replace', { word, suggestion })}
                      onClick={() => onReplace(word, suggestion)}
                    >
                      {suggestion}
                    </button>
                  ))}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
