import { useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { ActorRefFrom } from 'xstate';
import { buildDebrief } from '../../engine/debrief/build-debrief';
import type { CallSessionMachine } from '../../session/call-session-machine';
import { useAppStore } from '../../store/app-store';
import { CompetencyScoreTable } from './CompetencyScoreTable';
// The exam's grid loads only for exams.
const ExamSheet = lazy(() => import('./ExamSheet'));
import { HandleTime } from './HandleTime';
import { handleTimeParts } from '../../session/handle-time-parts';
import { DecisionList } from './DecisionList';
import { FindingList } from './FindingList';
import { WrapUpDebrief } from './WrapUpDebrief';

/** After the call: outcome, score per competency in the profile's words, and every decision explained. */
export function DebriefScreen({ session }: { session: ActorRefFrom<CallSessionMachine> }) {
  const { t } = useTranslation();
  const call = useSelector(session, (snapshot) => snapshot.context.call);
  const abandoned = useSelector(session, (snapshot) => snapshot.context.abandoned);
  const mode = useSelector(session, (snapshot) => snapshot.context.mode);
  const timing = useSelector(session, (snapshot) => snapshot.context);
  const desk = useSelector(session, (snapshot) => snapshot.context.desk);
  const debrief = useMemo(() => buildDebrief(call, desk), [call, desk]);
  const openCall = useAppStore((state) => state.openCall);
  const openLibrary = useAppStore((state) => state.openLibrary);
  const openProgress = useAppStore((state) => state.openProgress);
  // A call played for an assignment is replayed for it, and leads back to « Mes devoirs ».
  const assigned = useAppStore((state) => (state.view.name === 'call' ? state.view.assigned : undefined));
  const heading = useRef<HTMLHeadingElement>(null);
  const { scenario } = call;
  useEffect(() => heading.current?.focus(), []);

  // The verdict: the ending's outcome, lowered to partial when rules were broken on the way.
  const verdict = abandoned ? undefined : debrief.outcome;

  return (
    <div className="debrief">
      <h1 ref={heading} tabIndex={-1}>
        {t('debrief.heading')} — <span lang={scenario.language}>{scenario.title}</span>
      </h1>
      <section className={`outcome outcome-${verdict ?? 'abandoned'}`} aria-labelledby="outcome-heading">
        <h2 id="outcome-heading">{verdict ? t(`outcomes.${verdict}`) : t('debrief.abandoned')}</h2>
        {debrief.ending && !abandoned && <p lang={scenario.language}>{debrief.ending.summary}</p>}
        {debrief.loweredByRules && !abandoned && <p>{t('debrief.loweredByRules')}</p>}
        <HandleTime
          parts={handleTimeParts(timing)}
          targetSeconds={scenario.timing?.targetHandle}
          prompts={timing.prompts.length}
          lateSteps={timing.lateSteps.length}
        />
        <p className="overall">
          {t('debrief.overall')} <strong>{t('debrief.percent', { value: debrief.score.overall })}</strong>
        </p>
      </section>
      {mode === 'exam' && !abandoned && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <ExamSheet scenario={scenario} score={debrief.score} />
        </Suspense>
      )}
      <CompetencyScoreTable scores={debrief.score.competencies} />
      <DecisionList decisions={debrief.decisions} language={scenario.language} />
      <FindingList findings={debrief.closingFindings} />
      {debrief.wrapUp && !abandoned && <WrapUpDebrief wrapUp={debrief.wrapUp} language={scenario.language} />}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => openCall(`${scenario.id}.${scenario.language}`, assigned)}
        >
          {t('debrief.replay')}
        </button>
        <button type="button" onClick={assigned ? openProgress : openLibrary}>
          {assigned ? t('debrief.backToAssignments') : t('debrief.back')}
        </button>
      </div>
    </div>
  );
}
