import { choicesOf, currentEnding, findingsOf } from '../call/call-state';
import type { CallState } from '../call/call-state';
import type { Finding } from '../procedures/finding';
import { ruleCompetencies } from '../procedures/finding';
import { assessHandovers } from '../desk/assess-handover';
import { assessDesk } from '../desk/assess-desk';
import { emptyDeskLog } from '../desk/desk-log';
import type { DeskLog } from '../desk/desk-log';
import { scoreCall } from '../scoring/score-call';
import type { CallScore } from '../scoring/score-call';
import type { Ending, Option, Outcome, Rating } from '../scenario/types';
import { assessWrapUp } from '../wrapup/assess-wrap-up';
import type { WrapUpAssessment } from '../wrapup/assess-wrap-up';

/** One decision explained: what the caller said, what the trainee answered, and what would have been better. */
export interface DebriefDecision {
  /** Step id. */
  stepId: string;
  /** What the caller said (or the stage direction when the trainee spoke first). */
  callerLine: string | undefined;
  /** The stage direction of the step, if any. */
  situation: string | undefined;
  /** The answer given. */
  chosen: Option;
  /** The best answer at that step, when the one given was not among the best. */
  better: Option | undefined;
  /** Rules of the procedure judged on this answer. */
  findings: Finding[];
  /** Competencies concerned: the answer's tags plus the rules' competencies. */
  competencies: string[];
}

/** Everything the debrief screen shows. */
export interface Debrief {
  /** How the call ended (undefined if it was abandoned). */
  ending: (Ending & { id: string }) | undefined;
  /**
   * The verdict: the ending's outcome, except that a goal reached while breaking a rule of the procedure is
   * only partly handled (scenario-quality.md: « goal reached but a rule broken »).
   */
  outcome: Outcome | undefined;
  /** True when the outcome was lowered because rules were broken. */
  loweredByRules: boolean;
  /** Scores per competency and overall. */
  score: CallScore;
  /** Each decision in order. */
  decisions: DebriefDecision[];
  /** Findings made when the call ended (not tied to one answer). */
  closingFindings: Finding[];
  /**
   * The after-call work judged (note, disposition, callback, spelling), once it was done. It counts in the
   * score but not in the verdict: the outcome is how the conversation went.
   */
  wrapUp: WrapUpAssessment | undefined;
}

const rank: Record<Rating, number> = { best: 0, good: 1, weak: 2, wrong: 3 };

/** The debrief of a call; the desk log (when the desktop was used) adds the screen work's findings. */
export function buildDebrief(state: CallState, desk: DeskLog = emptyDeskLog()): Debrief {
  const { scenario } = state;
  const choices = choicesOf(state);
  const findings = [
    ...findingsOf(state),
    ...assessDesk(scenario, choices, desk, currentEnding(state) !== undefined),
    ...assessHandovers(scenario, desk),
  ];
  const decisions = choices.flatMap((choice): DebriefDecision[] => {
    const step = scenario.steps[choice.stepId];
    const chosen = step?.options.find((o) => o.id === choice.optionId);
    if (!step || !chosen) return [];
    const best = [...step.options].sort((a, b) => rank[a.rating] - rank[b.rating])[0];
    const better = best && rank[best.rating] < rank[chosen.rating] ? best : undefined;
    const own = findings.filter((f) => f.optionId === chosen.id);
    const competencies = [
      ...new Set([...chosen.tags.map((t) => t.competency), ...own.flatMap((f) => ruleCompetencies[f.rule])]),
    ];
    return [
      {
        stepId: choice.stepId,
        callerLine: step.caller,
        situation: step.situation,
        chosen,
        better,
        findings: own,
        competencies,
      },
    ];
  });
  const ending = currentEnding(state);
  const wrapUp = ending && desk.wrapUp ? assessWrapUp(scenario, choices, ending, desk.wrapUp) : undefined;
  const broken = findings.some((f) => !f.ok);
  const loweredByRules = ending?.outcome === 'success' && broken;
  return {
    ending,
    outcome: loweredByRules ? 'partial' : ending?.outcome,
    loweredByRules,
    score: scoreCall(scenario, choices, [...findings, ...(wrapUp?.findings ?? [])]),
    decisions,
    closingFindings: findings.filter((f) => f.optionId === undefined),
    wrapUp,
  };
}
