import { useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { ActorRefFrom } from 'xstate';
import { currentStep, currentStepId, patienceOf } from '../../engine/call/call-state';
import { orderOptions } from '../../engine/call/option-order';
import type { CallSessionMachine } from '../../session/call-session-machine';
import type { WrapUpEdit } from '../../engine/wrapup/wrap-up-log';
import { Desk } from './desk/Desk';
import { CallControls } from './CallControls';
import { CallEndedPanel } from './CallEndedPanel';
import { AnswerArea } from './free-text/AnswerArea';
import { PatienceMeter } from './PatienceMeter';
import { AnswerClock } from './AnswerClock';

import { handoverServices } from '../../engine/desk/assess-handover';
import { answerLimitOf } from '../../engine/timing/answer-limit';
import { Transcript } from './Transcript';

// Transfers are rare: their panel loads when one starts.
const HandoverPanel = lazy(() => import('./HandoverPanel'));

/** The call in progress: the conversation and the answers on the left, the agent's screen on the right. */
export function CallScreen({ session }: { session: ActorRefFrom<CallSessionMachine> }) {
  const { t } = useTranslation();
  const call = useSelector(session, (snapshot) => snapshot.context.call);
  const ended = useSelector(session, (snapshot) => snapshot.matches('ended'));
  const abandoned = useSelector(session, (snapshot) => snapshot.context.abandoned);
  const seed = useSelector(session, (snapshot) => snapshot.context.seed);
  const mode = useSelector(session, (snapshot) => snapshot.context.mode);
  const prompts = useSelector(session, (snapshot) => snapshot.context.prompts);
  const desk = useSelector(session, (snapshot) => snapshot.context.desk);
  // Stable callbacks: the memoised desk does not re-render with every answer.
  const onOpen = useCallback((target: string) => session.send({ type: 'trainee.open', target }), [session]);
  const onFill = useCallback(
    (field: string, value: string | string[]) => session.send({ type: 'trainee.fill', field, value }),
    [session],
  );
  const onWrapUp = useCallback(
    (edit: WrapUpEdit) => session.send({ type: 'trainee.wrapUp', edit }),
    [session],
  );
  const onHold = useSelector(session, (snapshot) => snapshot.matches({ connected: 'onHold' }));
  const paused = useSelector(session, (snapshot) => snapshot.matches({ connected: 'paused' }));
  const muted = useSelector(session, (snapshot) => snapshot.matches({ connected: 'muted' }));
  const handingOver = useSelector(session, (snapshot) => snapshot.matches({ connected: 'handover' }));
  const pendingOptionId = useSelector(session, (snapshot) => snapshot.context.pendingOptionId);
  const talking = useSelector(session, (snapshot) => snapshot.matches({ connected: 'talking' }));
  const answerClockAt = useSelector(session, (snapshot) => snapshot.context.answerClockAt);
  const waitPenalty = useSelector(session, (snapshot) => snapshot.context.waitPenalty);
  // The machine decides who may pause (practice, not exam): the screen asks it rather than repeat the rule.
  const canPause = useSelector(
    session,
    (snapshot) => snapshot.matches({ connected: 'paused' }) || snapshot.can({ type: 'trainee.pause' }),
  );
  const { scenario } = call;
  const step = currentStep(call);
  const stepId = currentStepId(call);
  const answerLimitFactor = useSelector(session, (snapshot) => snapshot.context.answerLimitFactor);
  const answerLimit = answerLimitOf(scenario, stepId, answerLimitFactor);
  const pendingOption = step?.options.find((o) => o.id === pendingOptionId);
  const options = useMemo(
    () => (step && stepId ? orderOptions(step.options, seed, stepId) : []),
    [step, stepId, seed],
  );

  return (
    <div className="call-layout">
      <section className="conversation" aria-labelledby="call-heading">
        <div className="call-bar">
          <h1 id="call-heading" lang={scenario.language}>
            {scenario.title}
          </h1>
          {!ended && (
            <CallControls
              onHold={onHold}
              paused={paused}
              muted={muted}
              canPause={canPause}
              send={(type) => session.send({ type })}
            />
          )}
        </div>
        <Transcript call={call} prompts={prompts} showFeedback={mode === 'practice'} />
        {onHold && (
          <p role="status" className="call-state">
            {t('call.onHoldStatus')}
          </p>
        )}
        {paused && (
          <p role="status" className="call-state">
            {t('call.pausedStatus')}
          </p>
        )}
        {muted && (
          <p role="status" className="call-state">
            {t('callControls.mutedStatus')}
          </p>
        )}
        {talking && answerLimit !== undefined && answerClockAt !== undefined && (
          <AnswerClock
            key={`${stepId}-${answerClockAt}`}
            limitSeconds={answerLimit}
            startedAt={answerClockAt}
          />
        )}
        {handingOver && pendingOption && (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <HandoverPanel
              option={pendingOption}
              services={handoverServices(scenario)}
              language={scenario.language}
              onHandOver={(to, summary) => session.send({ type: 'trainee.handOver', to, summary })}
              onCancel={() => session.send({ type: 'trainee.cancelHandover' })}
            />
          </Suspense>
        )}
        {!ended && !onHold && !paused && !muted && !handingOver && step && stepId && (
          <AnswerArea
            scenario={scenario}
            step={step}
            stepId={stepId}
            options={options}
            onChoose={(optionId) => session.send({ type: 'trainee.choose', optionId })}
          />
        )}
        {ended && (
          <CallEndedPanel
            call={call}
            abandoned={abandoned}
            onDebrief={() => session.send({ type: 'trainee.showDebrief' })}
            wrapUp={desk.wrapUp}
            onWrapUp={onWrapUp}
          />
        )}
      </section>
      <aside className="agent-screen" aria-label={t('call.agentScreen')}>
        <PatienceMeter value={Math.max(0, patienceOf(call) - waitPenalty)} lost={waitPenalty} />
        <Desk scenario={scenario} desk={desk} onOpen={onOpen} onFill={onFill} />
      </aside>
    </div>
  );
}
