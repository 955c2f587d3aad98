import type { ReactNode } from 'react';
import type { Language } from '../../engine/call-types';
import type { WrapUpAssessment } from '../../engine/wrapup/assess-wrap-up';
import { noteElements } from '../../engine/wrapup/check-note';
import { useTranslation } from '../../i18n/i18n';

/**
 * One line of the section: what was checked, its verdict in words (not only in colour), and the detail.
 * Parts of the note are « present » or « missing »; the rest is « correct » or « to review ».
 */
function Verdict({
  ok,
  label,
  part = false,
  children,
}: {
  ok: boolean;
  label: string;
  part?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const verdict = part
    ? t(ok ? 'wrapUp.debrief.present' : 'wrapUp.debrief.absent')
    : t(ok ? 'wrapUp.debrief.ok' : 'wrapUp.debrief.notOk');
  return (
    <li className={ok ? 'finding ok' : 'finding broken'}>
      <strong>{verdict}</strong> — {label} : {children}
    </li>
  );
}

/**
 * « Note de clôture » on the debrief: the note as written, what it got right and what it missed (outcome,
 * action, follow-up), the disposition expected and chosen, the callback and the spelling.
 */
export function WrapUpDebrief({ wrapUp, language }: { wrapUp: WrapUpAssessment; language: Language }) {
  const { t } = useTranslation();
  const { check, expected, chosen, callback, spelling, contradiction } = wrapUp;
  const disposition = (code: string) => t(`wrapUp.dispositions.${code}`);
  const quoted = check.facts.filter((f) => f.quoted);
  return (
    <section aria-labelledby="wrap-up-debrief-heading" className="wrap-up-debrief">
      <h2 id="wrap-up-debrief-heading">{t('wrapUp.debrief.heading')}</h2>
      {wrapUp.note.trim() ? (
        <blockquote lang={language} className="wrap-up-note">
          {wrapUp.note}
        </blockquote>
      ) : (
        <p>{t('wrapUp.debrief.noNote')}</p>
      )}
      <ul className="findings">
        {noteElements.map((element) => {
          const words = check.found[element];
          return (
            <Verdict key={element} part ok={words.length > 0} label={t(`wrapUp.debrief.elements.${element}`)}>
              {words.length > 0 ? (
                <>
                  {t('wrapUp.debrief.found')} <span lang={language}>« {words.join(' », « ')} »</span>
                </>
              ) : (
                t(`wrapUp.debrief.missing.${element}`)
              )}
            </Verdict>
          );
        })}
        {contradiction && (
          <Verdict ok={false} label={t('wrapUp.debrief.consistency')}>
            {t(`wrapUp.debrief.contradiction.${contradiction}`, { expected: disposition(expected.code) })}
          </Verdict>
        )}
        <Verdict
          ok={chosen !== undefined && (expected.accepted as readonly string[]).includes(chosen)}
          label={t('wrapUp.disposition')}
        >
          {chosen
            ? t('wrapUp.debrief.dispositionChosen', {
                chosen: disposition(chosen),
                expected: disposition(expected.code),
              })
            : t('wrapUp.debrief.dispositionNone', { expected: disposition(expected.code) })}
        </Verdict>
        {callback && (
          <Verdict ok={callback.ok} label={t('wrapUp.callback')}>
            {callback.booking && !callback.problems.includes('missing') && (
              <>
                {t('wrapUp.debrief.callbackBooked', {
                  date: callback.booking.date || '—',
                  time: callback.booking.time || '—',
                  person: callback.booking.person || '—',
                })}{' '}
              </>
            )}
            {callback.ok
              ? t('wrapUp.debrief.callbackOk')
              : callback.problems
                  .map((problem) =>
                    t(`wrapUp.debrief.callbackProblems.${problem}`, {
                      holiday: callback.holiday ? ` (${t(`wrapUp.holidays.${callback.holiday}`)})` : '',
                    }),
                  )
                  .join(' ')}
          </Verdict>
        )}
        {spelling.status === 'checked' ? (
          <Verdict ok={spelling.misspelled.length === 0} label={t('wrapUp.debrief.spelling')}>
            {spelling.misspelled.length === 0 ? (
              t('wrapUp.debrief.spellingNone')
            ) : (
              <>
                {t('wrapUp.debrief.spellingFound', { count: spelling.misspelled.length })}{' '}
                <span lang={language}>
                  {spelling.misspelled
                    .map(({ word, suggestions }) =>
                      suggestions[0] ? `« ${word} » → « ${suggestions[0]} »` : `« ${word} »`,
                    )
                    .join(', ')}
                </span>
              </>
            )}
          </Verdict>
        ) : (
          <li className="finding">{t(`wrapUp.debrief.spellingNotScored.${spelling.status}`)}</li>
        )}
      </ul>
      {check.facts.length > 0 && (
        <p className="hint">
          {quoted.length > 0
            ? t('wrapUp.debrief.factsQuoted', {
                facts: quoted.map((f) => f.label ?? t('wrapUp.debrief.person')).join(', '),
              })
            : t('wrapUp.debrief.factsNone')}
        </p>
      )}
    </section>
  );
}
