import type { Language } from '../../engine/call-types';
import type { AssignmentProblem } from '../../engine/assignment/assignment-problem';
import type { t as translate } from '../../i18n/i18n';
import type { ScenarioSummary } from '../../library/scenario-summary';
import { scenarioTitle } from './scenario-titles';

/** What the trainee reads when a link or a code is refused: the problem named, in their language. */
export function problemMessage(
  problem: AssignmentProblem,
  source: 'link' | 'code',
  t: typeof translate,
  index: readonly ScenarioSummary[],
  language: Language,
): string {
  switch (problem.reason) {
    case 'truncated':
      return t(`assignments.problems.${source}Truncated`);
    case 'corrupted':
      return t(`assignments.problems.${source}Corrupted`);
    case 'version':
      return t('assignments.problems.version', { version: problem.version });
    case 'foreign':
      return t('assignments.problems.foreign');
    case 'too-long':
      return t('assignments.problems.tooLong');
    case 'bad-character':
      return t('assignments.problems.badCharacter', { character: problem.character });
    case 'invalid-field':
      return t('assignments.problems.invalidField', {
        field: t(`assignments.fields.${problem.field ?? 'unknown'}`),
      });
    case 'unknown-scenarios':
      return t('assignments.problems.unknownScenarios', { ids: problem.ids.join(', ') });
    case 'missing-language':
      return t('assignments.problems.missingLanguage', {
        language: t(`assignments.languageNames.${problem.language}`),
        titles: problem.ids.map((id) => `« ${scenarioTitle(index, id, language) ?? id} »`).join(', '),
      });
  }
}
