import type { Activity, InteractionActivity, LanguageMap } from '@xapi/xapi';
import type { Assignment } from '../assignment/assignment';
import type { Language } from '../call-types';
import { findCompetency } from '../competencies/catalogue';
import { competencyTranslations } from '../competencies/translations';
import type { Rating, Scenario } from '../scenario/types';
import { activityTypes, assignmentIri, competencyIri, scenarioIri, stepIri } from './iris';

/** The RFC 5646 tag of each call language: the French and Dutch are Belgium's. */
export const languageTags = { fr: 'fr-BE', nl: 'nl-BE', en: 'en' } as const satisfies Record<
  Language,
  keyof LanguageMap
>;

/** Ratings that count as a right answer (`result.success`). */
export const rightRatings: readonly Rating[] = ['best', 'good'];

/** A text in one language, as an xAPI language map. */
const inLanguage = (language: Language, text: string): LanguageMap =>
  ({ [languageTags[language]]: text }) as LanguageMap;

/** Language maps are for labels: a long caller line is cut at a word boundary. */
function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** The whole call, named with its title in the language it was played in. */
export function scenarioActivity(scenario: Scenario): Activity {
  return {
    objectType: 'Activity',
    id: scenarioIri(scenario.id),
    definition: {
      type: activityTypes.simulation,
      name: inLanguage(scenario.language, scenario.title),
      description: inLanguage(scenario.language, scenario.summary),
    },
  };
}

/**
 * One step as a multiple-choice interaction: the caller's line, every option offered (by id, with its
 * text) and the right answers (the options rated best or good). Undefined for an unknown step.
 */
export function stepActivity(scenario: Scenario, stepId: string): InteractionActivity | undefined {
  const step = scenario.steps[stepId];
  if (!step) return undefined;
  const said = step.caller ?? step.situation;
  return {
    objectType: 'Activity',
    id: stepIri(scenario.id, stepId),
    definition: {
      type: activityTypes.interaction,
      interactionType: 'choice',
      name: inLanguage(scenario.language, `${scenario.title} — ${said ? shorten(said, 80) : stepId}`),
      ...(said ? { description: inLanguage(scenario.language, said) } : {}),
      choices: step.options.map((option) => ({
        id: option.id,
        description: inLanguage(scenario.language, option.text),
      })),
      correctResponsesPattern: step.options.filter((o) => rightRatings.includes(o.rating)).map((o) => o.id),
    },
  };
}

/** A competency of the job profile, named in French (the profile's wording), Dutch and English. */
export function competencyActivity(competencyId: string): Activity {
  const label = findCompetency(competencyId)?.label;
  const translated = competencyTranslations[competencyId];
  const name = {
    ...(label ? inLanguage('fr', label) : {}),
    ...(translated ? inLanguage('nl', translated.nl) : {}),
    ...(translated ? inLanguage('en', translated.en) : {}),
  } as LanguageMap;
  return {
    objectType: 'Activity',
    id: competencyIri(competencyId),
    definition: {
      type: activityTypes.objective,
      ...(Object.keys(name).length > 0 ? { name } : {}),
    },
  };
}

/** The trainer's assignment, named with its title (written in the call language). */
export function assignmentActivity(assignment: Assignment): Activity {
  return {
    objectType: 'Activity',
    id: assignmentIri(assignment.id),
    definition: {
      type: activityTypes.course,
      name: inLanguage(assignment.callLanguage, assignment.title),
    },
  };
}
