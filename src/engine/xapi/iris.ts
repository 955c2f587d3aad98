/*
 * The IRIs Décroche's learning records use. Every activity and extension lives under one namespace that
 * does not depend on where the app is hosted (a centre may serve it from its own domain, and an LRS
 * merges records by activity id): the w3id.org permanent-identifier service, which redirects to the
 * project's documentation. Ids are built from the scenario, step, option and competency ids, which the
 * scenario format and the competency catalogue promise never to rename once shipped, so the same call,
 * step or competency has the same IRI in every language, every release and every centre.
 */

/** Root of every Décroche IRI (no trailing slash). */
export const xapiNamespace = 'https://w3id.org/decroche';

/** Path segments are percent-encoded so that any id gives a valid IRI. */
const segment = (id: string) => encodeURIComponent(id);

/** A scenario (the whole call), whatever language it is played in. */
export const scenarioIri = (scenarioId: string) => `${xapiNamespace}/scenario/${segment(scenarioId)}`;

/** One step of a scenario: the question the trainee answers. */
export const stepIri = (scenarioId: string, stepId: string) =>
  `${scenarioIri(scenarioId)}/step/${segment(stepId)}`;

/** A savoir-faire line of the job profile (competency catalogue id). */
export const competencyIri = (competencyId: string) => `${xapiNamespace}/competency/${segment(competencyId)}`;

/** A trainer's assignment (its random id). */
export const assignmentIri = (assignmentId: string) => `${xapiNamespace}/assignment/${segment(assignmentId)}`;

/** Extension keys, under the same namespace. */
export const extensionIris = {
  /** The author's rating of the answer given: best, good, weak or wrong. */
  rating: `${xapiNamespace}/extension/rating`,
  /** Competency evidence of the answer: [{ competency, score }] with scores from −2 to +2. */
  evidence: `${xapiNamespace}/extension/evidence`,
  /** Per-competency results of the call: { [competency id]: percent 0–100 }. */
  competencyScores: `${xapiNamespace}/extension/competency-scores`,
  /** How the call ended: success, partial or failure. */
  outcome: `${xapiNamespace}/extension/outcome`,
  /** The pass mark (0–100) the assignment set. */
  passMark: `${xapiNamespace}/extension/pass-mark`,
  /** practice or exam. */
  mode: `${xapiNamespace}/extension/mode`,
  /** The attempt's own id: several attempts share one registration (the assignment). */
  attempt: `${xapiNamespace}/extension/attempt`,
  /** The scenario's difficulty level. */
  level: `${xapiNamespace}/extension/level`,
} as const;

/** Activity types from the ADL vocabulary (http://adlnet.gov/expapi/activities/…). */
export const activityTypes = {
  /** A scenario: a simulated call. */
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  /** A decision: an interaction with choices (cmi.interaction). */
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  /** A competency of the job profile. */
  objective: 'http://adlnet.gov/expapi/activities/objective',
  /** A trainer's assignment: a set of calls to play. */
  course: 'http://adlnet.gov/expapi/activities/course',
} as const;
