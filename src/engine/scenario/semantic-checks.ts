import type { Problem, ProblemCode } from './problem';
import { formatPath } from './schema-problems';
import type { Scenario } from './types';
import { dispositionsByCallType } from '../wrapup/dispositions';
import { locate, locateKey } from './yaml-locations';
import { needsHandover } from '../desk/assess-handover';
import type { LocatedDocument } from './yaml-locations';

/** Checks what a schema cannot: links between steps, reachability, unique ids, file placement. */
export function semanticProblems(file: string, located: LocatedDocument, scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const report = (
    code: ProblemCode,
    path: (string | number)[],
    message: string,
    params: Record<string, string>,
    atKey = false,
  ) => {
    const place = atKey ? locateKey(located, path) : locate(located, path);
    problems.push({ file, ...(place ?? {}), path: formatPath(path), code, message, params });
  };

  const stepIds = Object.keys(scenario.steps);
  const endingIds = Object.keys(scenario.endings);
  const isNode = (id: string) => id in scenario.steps || id in scenario.endings;

  if (!(scenario.start in scenario.steps)) {
    report('missing-target', ['start'], `start "${scenario.start}": no such step`, {
      target: scenario.start,
    });
  }
  for (const id of endingIds.filter((e) => stepIds.includes(e))) {
    report('duplicate-id', ['endings', id], `"${id}" is both a step and an ending`, { id }, true);
  }

  const optionIds = new Map<string, string>();
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    step.options.forEach((option, index) => {
      const at = ['steps', stepId, 'options', index];
      const earlier = optionIds.get(option.id);
      if (earlier) {
        report(
          'duplicate-id',
          [...at, 'id'],
          `option id "${option.id}" is already used in step "${earlier}"`,
          { id: option.id, step: earlier },
        );
      } else {
        optionIds.set(option.id, stepId);
      }
      if (!isNode(option.next)) {
        report(
          'missing-target',
          [...at, 'next'],
          `option "${option.id}" → next "${option.next}": no such step or ending`,
          { option: option.id, target: option.next },
        );
      }
    });
  }

  // The desktop: articles and fields named once, steps consult articles that exist, choices hold the truth.
  const articleIds = new Set<string>();
  (scenario.knowledgeBase ?? []).forEach((article, index) => {
    if (articleIds.has(article.id))
      report('duplicate-id', ['knowledgeBase', index, 'id'], `article id "${article.id}" is used twice`, {
        id: article.id,
      });
    articleIds.add(article.id);
  });
  const fieldIds = new Set<string>();
  (scenario.form ?? []).forEach((field, index) => {
    if (fieldIds.has(field.id))
      report('duplicate-id', ['form', index, 'id'], `form field id "${field.id}" is used twice`, {
        id: field.id,
      });
    fieldIds.add(field.id);
    const expected = Array.isArray(field.expected) ? field.expected : [field.expected];
    if (field.type === 'select' || field.type === 'multiselect') {
      for (const value of expected.filter((e) => !(field.choices ?? []).includes(e))) {
        report(
          'missing-target',
          ['form', index, 'expected'],
          `field "${field.id}": expected "${value}" is not among its choices`,
          { target: value },
        );
      }
    }
  });
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    (step.consult ?? []).forEach((target, index) => {
      if (target.startsWith('kb:') && !articleIds.has(target.slice(3))) {
        report(
          'missing-target',
          ['steps', stepId, 'consult', index],
          `consult "${target}": no such article in knowledgeBase`,
          { target },
        );
      }
    });
  }

  // Transfers and escalations: a good one says who takes the call and what they must be told; the
  // service named must be one the handover panel offers.
  const services = scenario.company.services ?? [];
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    step.options.forEach((option, index) => {
      const at = ['steps', stepId, 'options', index];
      const goodTransfer = needsHandover(option) && (option.rating === 'best' || option.rating === 'good');
      if (goodTransfer && !option.handover)
        report(
          'missing-field',
          at,
          `option "${option.id}" transfers or escalates: it needs a handover (to, facts)`,
          { field: 'handover' },
        );
      if (option.handover && !services.includes(option.handover.to))
        report(
          'missing-target',
          [...at, 'handover', 'to'],
          `option "${option.id}": handover to "${option.handover.to}" is not in company.services`,
          { target: option.handover.to },
        );
    });
  }

  // A disposition must be one the call type's wrap-up screen offers.
  for (const [endingId, ending] of Object.entries(scenario.endings)) {
    const allowed = dispositionsByCallType[scenario.callType];
    if (ending.disposition && !allowed.includes(ending.disposition))
      report(
        'invalid-value',
        ['endings', endingId, 'disposition'],
        `ending "${endingId}": disposition "${ending.disposition}" is not one of ${scenario.callType}'s (${allowed.join(', ')})`,
        { value: ending.disposition, expected: allowed.join(', ') },
      );
  }

  const reachable = reachableFrom(scenario, scenario.start);
  for (const id of [...stepIds, ...endingIds].filter((node) => !reachable.has(node))) {
    const group = id in scenario.steps ? 'steps' : 'endings';
    report(
      'unreachable-step',
      [group, id],
      `"${id}" cannot be reached from the start "${scenario.start}"`,
      { id },
      true,
    );
  }
  for (const stepId of stepIds.filter((s) => reachable.has(s))) {
    const leadsToEnding = [...reachableFrom(scenario, stepId)].some((node) => node in scenario.endings);
    if (!leadsToEnding) {
      report(
        'dead-end-step',
        ['steps', stepId],
        `step "${stepId}" has no way out: no ending can be reached from it`,
        { id: stepId },
        true,
      );
    }
  }
  return problems;
}

/** Every step and ending reachable from `from`, following options' `next`. */
export function reachableFrom(scenario: Scenario, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const option of scenario.steps[id]?.options ?? []) queue.push(option.next);
  }
  return seen;
}

/** A scenario file lives at scenarios/<callType>/<id>.<language>.yaml; a mismatch confuses authors. */
export function placementProblems(file: string, located: LocatedDocument, scenario: Scenario): Problem[] {
  const match = /(?:^|\/)scenarios\/([^/]+)\/([^/]+)\.yaml$/.exec(file);
  if (!match) return [];
  const [, folder, base] = match;
  const expectedBase = `${scenario.id}.${scenario.language}`;
  const problems: Problem[] = [];
  if (folder !== scenario.callType) {
    const place = locate(located, ['callType']);
    problems.push({
      file,
      ...(place ?? {}),
      path: 'callType',
      code: 'id-mismatch',
      message: `callType "${scenario.callType}" but the file is in scenarios/${folder}/`,
      params: { value: scenario.callType, folder: folder ?? '' },
    });
  }
  if (base !== expectedBase) {
    const place = locate(located, ['id']);
    problems.push({
      file,
      ...(place ?? {}),
      path: 'id',
      code: 'id-mismatch',
      message: `the file should be named ${expectedBase}.yaml (id "${scenario.id}", language "${scenario.language}")`,
      params: { expected: `${expectedBase}.yaml` },
    });
  }
  return problems;
}
