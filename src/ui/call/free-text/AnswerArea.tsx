import { lazy, Suspense } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { callAllowsFreeText, freeTextAllowed } from '../../../engine/free-text/free-text-allowed';
import type { Option, Scenario, Step } from '../../../engine/scenario/types';
import { useAppStore } from '../../../store/app-store';
import { OptionList } from '../OptionList';
import { FreeTextBoundary } from './FreeTextBoundary';

// The matcher and its word lists load only for trainees who type: the call chunk stays the same for the others.
const FreeTextAnswer = lazy(() => import('./FreeTextAnswer'));

interface Props {
  scenario: Scenario;
  /** The step being answered. */
  step: Step;
  stepId: string;
  /** The step's options in the order they are shown. */
  options: readonly Option[];
  onChoose: (optionId: string) => void;
}

/** Where the trainee answers: the option list, or a text box when free text is on and the call allows it. */
export function AnswerArea({ scenario, step, stepId, options, onChoose }: Props) {
  const { t } = useTranslation();
  const answerMode = useAppStore((state) => state.answerMode);
  const list = <OptionList key={stepId} options={options} language={scenario.language} onChoose={onChoose} />;
  if (answerMode !== 'free-text') return list;
  if (!freeTextAllowed(scenario, step))
    return (
      <>
        <p className="hint free-text-note">
          {callAllowsFreeText(scenario) ? t('freeText.writtenStep') : t('freeText.notInThisCall')}
        </p>
        {list}
      </>
    );
  return (
    <FreeTextBoundary fallback={list}>
      <Suspense fallback={<p role="status">{t('freeText.loading')}</p>}>
        <FreeTextAnswer step={step} stepId={stepId} language={scenario.language} onChoose={onChoose} />
      </Suspense>
    </FreeTextBoundary>
  );
}
