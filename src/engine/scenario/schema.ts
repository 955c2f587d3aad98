import * as v from 'valibot';
import { acts, callerSignals } from '../acts';
import { callTypes, languages, levels } from '../call-types';
import { competencyIds } from '../competencies/catalogue';
import { dispositionCodes } from '../wrapup/dispositions';
import { emotions, fieldKinds, outcomes, ratings } from './types';
import type { Scenario } from './types';

// Strict objects so a misspelt field is reported instead of silently ignored.
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'a non-empty text'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9, -)'));
const competencyId = v.picklist(competencyIds);

const tag = v.strictObject({
  competency: competencyId,
  score: v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2)),
});

const option = v.strictObject({
  id,
  text,
  next: id,
  acts: v.array(v.picklist(acts)),
  rating: v.picklist(ratings),
  tags: v.optional(v.array(tag), []),
  feedback: text,
  mood: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(-3), v.maxValue(3))),
  handover: v.exactOptional(v.strictObject({ to: text, facts: v.exactOptional(v.array(text)) })),
});

const consultTarget = v.pipe(
  v.string(),
  v.regex(/^(record|kb:[a-z0-9]+(-[a-z0-9]+)*)$/, '"record" or "kb:<article id>"'),
);

/** A duration in whole seconds, as authors write it. */
const seconds = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3600));

const step = v.strictObject({
  consult: v.exactOptional(v.array(consultTarget)),
  caller: v.exactOptional(text),
  situation: v.exactOptional(text),
  emotion: v.picklist(emotions),
  signals: v.exactOptional(v.array(v.picklist(callerSignals))),
  timeLimit: v.exactOptional(seconds),
  options: v.pipe(v.array(option), v.minLength(1, 'at least one option (a step needs a way out)')),
});

const ending = v.strictObject({
  outcome: v.picklist(outcomes),
  endedBy: v.picklist(['trainee', 'caller']),
  caller: v.exactOptional(text),
  summary: text,
  disposition: v.exactOptional(v.picklist(dispositionCodes)),
});

const article = v.strictObject({
  id,
  title: text,
  body: text,
  keywords: v.exactOptional(v.array(text)),
});

const formField = v.strictObject({
  id,
  label: text,
  type: v.picklist(['text', 'phone', 'textarea', 'select', 'multiselect']),
  choices: v.exactOptional(v.array(text)),
  expected: v.union([text, v.array(text)]),
  kind: v.exactOptional(v.picklist(fieldKinds)),
});

/** The current format; older files are migrated to it before validation (see migrate-scenario.ts). */
export const scenarioSchema = v.strictObject({
  schemaVersion: v.literal(2),
  id,
  title: text,
  callType: v.picklist(callTypes),
  level: v.picklist(levels),
  language: v.picklist(languages),
  summary: text,
  competencies: v.pipe(v.array(competencyId), v.minLength(1, 'at least one targeted competency')),
  persona: v.strictObject({
    name: text,
    age: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
    situation: text,
    wants: text,
    hidden: v.exactOptional(text),
    patience: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
    voice: v.exactOptional(v.picklist(['female', 'male'])),
  }),
  company: v.strictObject({
    name: text,
    sector: text,
    agentName: text,
    services: v.exactOptional(v.array(text)),
  }),
  screen: v.array(
    v.strictObject({ label: text, value: v.pipe(v.string(), v.trim()), section: v.exactOptional(text) }),
  ),
  knowledgeBase: v.exactOptional(v.array(article)),
  freeText: v.exactOptional(v.boolean()),
  form: v.exactOptional(v.array(formField)),
  timing: v.exactOptional(
    v.strictObject({ answerLimit: v.exactOptional(seconds), targetHandle: v.exactOptional(seconds) }),
  ),
  start: id,
  steps: v.record(id, step),
  endings: v.pipe(
    v.record(id, ending),
    v.check((e) => Object.keys(e).length > 0, 'at least one ending'),
  ),
});

// Compile-time guard: the schema's output must stay assignable to the documented Scenario type.
export type SchemaOutput = v.InferOutput<typeof scenarioSchema>;
const _outputIsScenario = (s: SchemaOutput): Scenario => s;
void _outputIsScenario;
