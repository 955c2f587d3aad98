import { memo } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { choicesOf, currentStep } from '../../engine/call/call-state';
import type { CallState } from '../../engine/call/call-state';
import type { Language } from '../../engine/call-types';
import type { Option, Step } from '../../engine/scenario/types';
import { callerPrompts } from '../../session/caller-prompts';
import type { CallerPrompt, PromptKind } from '../../session/caller-prompts';
import { FeedbackNote } from './FeedbackNote';

/**
 * The conversation so far, derived from the choices (nothing is stored twice). A log region: screen readers
 * announce each new line as it is added.
 */
interface TranscriptProps {
  call: CallState;
  /** What the caller said on their own (silence, long hold), placed after the answers it followed. */
  prompts?: readonly CallerPrompt[];
  /** Practice mode: feedback after each answer. */
  showFeedback: boolean;
}

export function Transcript({ call, prompts = [], showFeedback }: TranscriptProps) {
  const { t } = useTranslation();
  const { scenario } = call;
  const turns = choicesOf(call).flatMap((choice) => {
    const step = scenario.steps[choice.stepId];
    const option = step?.options.find((o) => o.id === choice.optionId);
    return step && option ? [{ key: `${choice.stepId}:${choice.optionId}`, step, option }] : [];
  });
  const now = currentStep(call);
  // A string per turn (e.g. "silence,hold") keeps the memoised turns stable between answers.
  const promptsAt = (answers: number) =>
    prompts
      .filter((p) => p.afterAnswers === answers)
      .map((p) => p.kind)
      .join(',');
  return (
    <div className="transcript" role="log" aria-label={t('call.transcript')}>
      {turns.map(({ key, step, option }, index) => (
        <Turn
          key={key}
          prompts={promptsAt(index)}
          step={step}
          option={option}
          callerName={scenario.persona.name}
          language={scenario.language}
          showFeedback={showFeedback}
        />
      ))}
      {now && (
        <>
          <CallerLine step={now} callerName={scenario.persona.name} language={scenario.language} />
          <Prompts
            kinds={promptsAt(turns.length)}
            callerName={scenario.persona.name}
            language={scenario.language}
          />
        </>
      )}
    </div>
  );
}

interface LineProps {
  step: Step;
  callerName: string;
  /** Language of the call, which may differ from the interface. */
  language: Language;
}

// Past turns never change: memoised so an answer re-renders only what is new.
const Turn = memo(function Turn({
  step,
  option,
  callerName,
  language,
  showFeedback,
  prompts,
}: LineProps & { option: Option; showFeedback: boolean; prompts: string }) {
  const { t } = useTranslation();
  return (
    <>
      <CallerLine step={step} callerName={callerName} language={language} />
      <Prompts kinds={prompts} callerName={callerName} language={language} />
      <div className="line trainee">
        <span className="speaker">{t('call.you')}</span>
        <p lang={language}>{option.text}</p>
      </div>
      {showFeedback && <FeedbackNote option={option} language={language} />}
    </>
  );
});

function CallerLine({ step, callerName, language }: LineProps) {
  const { t } = useTranslation();
  return (
    <>
      {step.situation && (
        <p className="situation" lang={language}>
          {step.situation}
        </p>
      )}
      {step.caller && (
        <div className={`line caller emotion-${step.emotion}`}>
          <span className="speaker">
            {t('call.callerEmotion', { name: callerName, emotion: t(`emotions.${step.emotion}`) })}
          </span>
          <p lang={language}>{step.caller}</p>
        </div>
      )}
    </>
  );
}

/** What the caller said on their own while waiting (silence, long hold), in the call's language. */
function Prompts({ kinds, callerName, language }: { kinds: string; callerName: string; language: Language }) {
  const { t } = useTranslation();
  if (!kinds) return null;
  return (
    <>
      {kinds.split(',').map((kind, index) => (
        <div key={index} className="line caller emotion-annoyed prompt">
          <span className="speaker">
            {t('call.callerEmotion', { name: callerName, emotion: t('emotions.annoyed') })}
          </span>
          <p lang={language}>{callerPrompts[kind as PromptKind][language]}</p>
        </div>
      ))}
    </>
  );
}
