import type { Language } from '../call-types';
import type { Mode } from '../progress/attempt';
import type { Assignment } from './assignment';
import { deriveAssignmentId, saltLimit } from './assignment-id';
import type { CatalogueEntry } from './assignment-problem';
import { isIsoDate, isLrsEndpoint, maxAssignmentScenarios, maxTitleLength } from './assignment-schema';
import { dueFitsShortCode } from './short-code';

/** What the trainer's form holds, as typed. */
export interface AssignmentDraft {
  /** Title the trainees see. */
  title: string;
  /** Who sets it (optional). */
  issuedBy: string;
  /** Chosen scenario ids, in the order to play them. */
  scenarios: string[];
  /** Practice or exam. */
  mode: Mode;
  /** Language the calls are played in. */
  callLanguage: Language;
  /** YYYY-MM-DD, or '' for no due date. */
  due: string;
  /** Pass mark as typed (a whole number 0–100 is expected). */
  passMark: string;
  /** LRS endpoint ('' when results stay on the trainees' computers). */
  lrsEndpoint: string;
  /** LRS key. */
  lrsUsername: string;
  /** LRS secret. */
  lrsPassword: string;
}

export type DraftField =
  'title' | 'issuedBy' | 'scenarios' | 'due' | 'passMark' | 'lrsEndpoint' | 'lrsUsername' | 'lrsPassword';

/** One thing to fix in the form: which field, and a message key of the `assign.errors` namespace. */
export interface DraftProblem {
  /** The field to fix. */
  field: DraftField;
  /** Message key under `assign.errors`. */
  code:
    | 'titleRequired'
    | 'titleTooLong'
    | 'issuedByTooLong'
    | 'scenariosNone'
    | 'scenariosTooMany'
    | 'scenariosMissingLanguage'
    | 'dueInvalid'
    | 'duePast'
    | 'dueTooFar'
    | 'passMarkInvalid'
    | 'lrsEndpointInvalid'
    | 'lrsUsernameRequired'
    | 'lrsPasswordRequired';
  /** Scenario ids the problem is about (calls missing in the chosen language). */
  ids?: string[];
}

export const defaultPassMark = 70;

export function emptyDraft(callLanguage: Language = 'fr'): AssignmentDraft {
  return {
    title: '',
    issuedBy: '',
    scenarios: [],
    mode: 'practice',
    callLanguage,
    due: '',
    passMark: String(defaultPassMark),
    lrsEndpoint: '',
    lrsUsername: '',
    lrsPassword: '',
  };
}

/** The chosen calls that have no version in the chosen language. */
export function missingInLanguage(
  draft: Pick<AssignmentDraft, 'scenarios' | 'callLanguage'>,
  catalogue: readonly CatalogueEntry[],
): string[] {
  const playable = new Set(catalogue.filter((e) => e.language === draft.callLanguage).map((e) => e.id));
  return draft.scenarios.filter((id) => !playable.has(id));
}

const usesLrs = (draft: AssignmentDraft) =>
  [draft.lrsEndpoint, draft.lrsUsername, draft.lrsPassword].some((value) => value.trim() !== '');

/** Every problem of the form, in the order of its fields. `today` is YYYY-MM-DD. */
export function checkDraft(
  draft: AssignmentDraft,
  catalogue: readonly CatalogueEntry[],
  today: string,
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const title = draft.title.trim();
  if (title === '') problems.push({ field: 'title', code: 'titleRequired' });
  else if (title.length > maxTitleLength) problems.push({ field: 'title', code: 'titleTooLong' });
  if (draft.issuedBy.trim().length > maxTitleLength)
    problems.push({ field: 'issuedBy', code: 'issuedByTooLong' });

  const missing = missingInLanguage(draft, catalogue);
  if (draft.scenarios.length === 0) problems.push({ field: 'scenarios', code: 'scenariosNone' });
  else if (draft.scenarios.length > maxAssignmentScenarios)
    problems.push({ field: 'scenarios', code: 'scenariosTooMany' });
  else if (missing.length > 0)
    problems.push({ field: 'scenarios', code: 'scenariosMissingLanguage', ids: missing });

  if (draft.due !== '') {
    if (!isIsoDate(draft.due)) problems.push({ field: 'due', code: 'dueInvalid' });
    else if (draft.due < today) problems.push({ field: 'due', code: 'duePast' });
    else if (!dueFitsShortCode(draft.due)) problems.push({ field: 'due', code: 'dueTooFar' });
  }

  const passMark = draft.passMark.trim();
  if (!/^\d{1,3}$/.test(passMark) || Number(passMark) > 100)
    problems.push({ field: 'passMark', code: 'passMarkInvalid' });

  if (usesLrs(draft)) {
    if (!isLrsEndpoint(draft.lrsEndpoint.trim()))
      problems.push({ field: 'lrsEndpoint', code: 'lrsEndpointInvalid' });
    if (draft.lrsUsername.trim() === '') problems.push({ field: 'lrsUsername', code: 'lrsUsernameRequired' });
    if (draft.lrsPassword === '') problems.push({ field: 'lrsPassword', code: 'lrsPasswordRequired' });
  }
  return problems;
}

/**
 * The assignment of a form without problems (checkDraft first). Its id is derived from the essentials and
 * a random salt, so its link and its short code name the same assignment.
 */
export async function composeAssignment(
  draft: AssignmentDraft,
  now = Date.now(),
  salt = Math.floor(Math.random() * saltLimit),
): Promise<Assignment> {
  const essentials = {
    scenarios: [...draft.scenarios],
    mode: draft.mode,
    callLanguage: draft.callLanguage,
    passMark: Number(draft.passMark.trim()),
    ...(draft.due === '' ? {} : { due: draft.due }),
  };
  const issuedBy = draft.issuedBy.trim();
  return {
    id: await deriveAssignmentId(essentials, salt),
    title: draft.title.trim(),
    ...essentials,
    ...(issuedBy === '' ? {} : { issuedBy }),
    ...(usesLrs(draft)
      ? {
          lrs: {
            endpoint: draft.lrsEndpoint.trim(),
            username: draft.lrsUsername.trim(),
            password: draft.lrsPassword,
          },
        }
      : {}),
    createdAt: now,
  };
}
