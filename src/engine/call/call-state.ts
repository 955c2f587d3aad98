import { initialTransition, transition } from 'xstate';
import type { AnyMachineSnapshot } from 'xstate';
import { compileScenario } from '../compiler/compile-scenario';
import type { Choice, ScenarioContext, ScenarioMachine } from '../compiler/compile-scenario';
import type { Finding, ProcedureContext, ProcedureEvent } from '../procedures/finding';
import { procedureFor } from '../procedures/procedure-machines';
import type { ProcedureMachine } from '../procedures/procedure-machines';
import type { Ending, Option, Scenario, Step } from '../scenario/types';

/**
 * A call in progress, as plain immutable data: the scenario machine's snapshot and the procedure machine's
 * snapshot, advanced together with XState's pure `transition`. The same choices always give the same state,
 * so a call can be resumed by replaying its choices.
 */
export interface CallState {
  /** The scenario being played. */
  scenario: Scenario;
  /** Scenario machine snapshot (current step, patience, choices). */
  scenarioSnapshot: AnyMachineSnapshot;
  /** Procedure machine snapshot (findings). */
  procedureSnapshot: AnyMachineSnapshot;
}

interface Machines {
  scenario: ScenarioMachine;
  procedure: ProcedureMachine;
}

// Compiling is cheap but not free; a scenario object is compiled once.
const compiled = new WeakMap<Scenario, Machines>();

function machinesFor(scenario: Scenario): Machines {
  let machines = compiled.get(scenario);
  if (!machines) {
    machines = { scenario: compileScenario(scenario), procedure: procedureFor(scenario.callType) };
    compiled.set(scenario, machines);
  }
  return machines;
}

function feed(
  machine: ProcedureMachine,
  snapshot: AnyMachineSnapshot,
  events: ProcedureEvent[],
): AnyMachineSnapshot {
  return events.reduce((current, event) => transition(machine, current, event)[0], snapshot);
}

/** What the procedure learns when a step comes on screen: the caller's signals, then what is on offer. */
function turnEvents(stepId: string, step: Step | undefined): ProcedureEvent[] {
  if (!step) return [];
  const signals = (step.signals ?? []).map((signal): ProcedureEvent => ({
    type: 'caller.signal',
    signal,
    stepId,
  }));
  const offered = [...new Set(step.options.flatMap((option) => option.acts))];
  return [...signals, { type: 'caller.turn', stepId, offered }];
}

/** Picks up the call: the first step is on screen and its signals are known to the procedure. */
export function startCall(scenario: Scenario): CallState {
  const machines = machinesFor(scenario);
  const [scenarioSnapshot] = initialTransition(machines.scenario);
  const [procedureStart] = initialTransition(machines.procedure);
  const procedureSnapshot = feed(
    machines.procedure,
    procedureStart,
    turnEvents(scenario.start, scenario.steps[scenario.start]),
  );
  return { scenario, scenarioSnapshot, procedureSnapshot };
}

/** The trainee answers with `optionId`. Unknown or unavailable options leave the state unchanged. */
export function chooseOption(state: CallState, optionId: string): CallState {
  const stepId = currentStepId(state);
  const option = stepId ? state.scenario.steps[stepId]?.options.find((o) => o.id === optionId) : undefined;
  if (!stepId || !option) return state;
  const machines = machinesFor(state.scenario);
  const [scenarioSnapshot] = transition(machines.scenario, state.scenarioSnapshot, {
    type: 'trainee.choose',
    optionId,
  });
  const events: ProcedureEvent[] = option.acts.map((act) => ({ type: 'trainee.act', act, stepId, optionId }));
  const ending = state.scenario.endings[option.next];
  if (ending) events.push({ type: 'call.ended', endedBy: ending.endedBy });
  else events.push(...turnEvents(option.next, state.scenario.steps[option.next]));
  const procedureSnapshot = feed(machines.procedure, state.procedureSnapshot, events);
  return { scenario: state.scenario, scenarioSnapshot, procedureSnapshot };
}

/** Replays a list of choices from the start (resume after reload, enumeration, tests). */
export function replayCall(scenario: Scenario, optionIds: readonly string[]): CallState {
  return optionIds.reduce(chooseOption, startCall(scenario));
}

/** Id of the step on screen, or undefined once the call has ended. */
export function currentStepId(state: CallState): string | undefined {
  const value = state.scenarioSnapshot.value;
  return typeof value === 'string' && value in state.scenario.steps ? value : undefined;
}

export function currentStep(state: CallState): Step | undefined {
  const id = currentStepId(state);
  return id ? state.scenario.steps[id] : undefined;
}

/** The ending reached, or undefined while the call goes on. */
export function currentEnding(state: CallState): (Ending & { id: string }) | undefined {
  const value = state.scenarioSnapshot.value;
  const ending = typeof value === 'string' ? state.scenario.endings[value] : undefined;
  return ending && typeof value === 'string' ? { ...ending, id: value } : undefined;
}

export function choicesOf(state: CallState): Choice[] {
  return (state.scenarioSnapshot.context as ScenarioContext).choices;
}

export function patienceOf(state: CallState): number {
  return (state.scenarioSnapshot.context as ScenarioContext).patience;
}

export function findingsOf(state: CallState): Finding[] {
  return (state.procedureSnapshot.context as ProcedureContext).findings;
}

/** Finds an option of the scenario by id. */
export function optionById(
  scenario: Scenario,
  optionId: string,
): { stepId: string; option: Option } | undefined {
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    const option = step.options.find((o) => o.id === optionId);
    if (option) return { stepId, option };
  }
  return undefined;
}
