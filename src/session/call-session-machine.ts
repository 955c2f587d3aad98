import { assign, fromCallback, setup } from 'xstate';
import type { SoundName, SoundPlayer } from '../audio/sound-player';
import { callerPrompts } from './caller-prompts';
import type { CallerPrompt, PromptKind } from './caller-prompts';
import { nextClips, voiceLineOf } from './voice-lines';
import { isOutbound } from '../engine/call-types';
import {
  chooseOption,
  choicesOf,
  currentEnding,
  currentStep,
  currentStepId,
  replayCall,
} from '../engine/call/call-state';
import { needsHandover } from '../engine/desk/assess-handover';
import { answerLimitOf } from '../engine/timing/answer-limit';
import { clipUrl, defaultVoice, promptClipKey } from '../engine/voice/voice-keys';
import type { Mode } from '../engine/progress/attempt';
import { emptyDeskLog, fillOnDesk, handOverOnDesk, openOnDesk } from '../engine/desk/desk-log';
import type { DeskLog } from '../engine/desk/desk-log';
import { editWrapUp, finishWrapUp } from '../engine/wrapup/wrap-up-log';
import type { WrapUpEdit } from '../engine/wrapup/wrap-up-log';
import type { CallState } from '../engine/call/call-state';
import type { Scenario } from '../engine/scenario/types';

/** The live call around the pure engine: ringing, talking, ended, debrief. Owns sound; holds no rules. */
export interface CallSessionContext {
  /** The engine's call state, advanced by the trainee's choices. */
  call: CallState;
  /** True when the trainee hung up before an ending. */
  abandoned: boolean;
  /** Seed of the order the options are shown in (kept so that a resumed call looks the same). */
  seed: number;
  /** Practice shows feedback after each answer; exam keeps it for the end. */
  mode: Mode;
  /** Times the caller spoke up because of a silence or a long hold. */
  prompts: CallerPrompt[];
  /** When the call was picked up (ms since epoch), for the handle time. */
  pickedUpAt: number | undefined;
  /** When it ended. */
  endedAt: number | undefined;
  /** When the after-call work ended (the debrief was opened). */
  debriefAt: number | undefined;
  /** Time spent on hold so far, ms. */
  holdMs: number;
  /** When the current hold started. */
  holdStartedAt: number | undefined;
  /** The screen work: panels and articles opened, the form as filled in. */
  desk: DeskLog;
  /**
   * Patience the caller lost by waiting (silences, long holds, time limits run out). Shown on the meter,
   * never scored, and not restored when a call is resumed: the wait is part of this sitting only.
   */
  waitPenalty: number;
  /** Steps whose time limit ran out before the answer. */
  lateSteps: string[];
  /** When the trainee's clock for the current answer (re)started, for the countdown shown. */
  answerClockAt: number | undefined;
  /** A transfer or escalation chosen, waiting for its handover summary before the call goes on. */
  pendingOptionId: string | undefined;
  /** Multiplies the scenario's answer limits: typing an answer takes longer than picking one. */
  answerLimitFactor: number;
}

/** What a session starts from: a new call, or a call resumed by replaying the answers already given. */
export interface CallSessionInput {
  scenario: Scenario;
  seed?: number;
  mode?: Mode;
  /** Option ids already chosen (resume after a reload): the call restarts connected, at the same step. */
  resume?: readonly string[];
  /** The desktop as it was (resume). */
  desk?: DeskLog;
  /** Multiplies the scenario's answer limits (2 when the trainee types free-text answers). */
  answerLimitFactor?: number;
}

export type CallSessionEvent =
  | { type: 'trainee.pickUp' }
  | { type: 'trainee.choose'; optionId: string }
  | { type: 'trainee.hangUp' }
  | { type: 'trainee.hold' }
  | { type: 'trainee.handOver'; to: string; summary: string }
  | { type: 'trainee.cancelHandover' }
  | { type: 'trainee.mute' }
  | { type: 'trainee.unmute' }
  | { type: 'trainee.pause' }
  | { type: 'trainee.resume' }
  | { type: 'trainee.open'; target: string }
  | { type: 'trainee.fill'; field: string; value: string | string[] }
  | { type: 'trainee.wrapUp'; edit: WrapUpEdit }
  | { type: 'trainee.showDebrief' };

/**
 * How long a caller waits for an answer before speaking up, and how long on hold before complaining; tests
 * shrink scenario time limits with the scale.
 */
export const sessionDelays = { silence: 25_000, holdReaction: 30_000, answerLimitScale: 1 };

/** The longest delay setTimeout accepts: a step without a limit waits "for ever". */
const noLimit = 2 ** 31 - 1;

/** Runs `work` once the next frame has been painted (in the task after the following frame starts). */
function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(work, 0)));
  else setTimeout(work, 0);
}

/** Builds the session machine around a sound player (Howler in the app, a silent one in tests). */
export function createCallSessionMachine(player: SoundPlayer) {
  // The line being heard: an audio handle, not state (it is not saved, and a resumed call speaks afresh).
  let hush: (() => void) | undefined;
  let turns = 0; // a newer line cancels a voice still waiting to start
  const stopVoice = () => {
    turns++;
    hush?.();
    hush = undefined;
  };
  return setup({
    types: {
      context: {} as CallSessionContext,
      events: {} as CallSessionEvent,
      input: {} as CallSessionInput,
    },
    delays: {
      silence: () => sessionDelays.silence,
      holdReaction: () => sessionDelays.holdReaction,
      // Steps without a limit never time out (the guard below also checks).
      answerLimit: ({ context }) => {
        const limit = answerLimitOf(
          context.call.scenario,
          currentStepId(context.call),
          context.answerLimitFactor,
        );
        return limit === undefined ? noLimit : limit * 1000 * sessionDelays.answerLimitScale;
      },
    },
    actors: {
      // Rings until the state is left; XState stops the callback actor, which stops the loop.
      ringtone: fromCallback<{ type: 'noop' }, { sound: SoundName | undefined }>(({ input }) =>
        input.sound ? player.loop(input.sound) : undefined,
      ),
      holdMusic: fromCallback(() => player.loop('hold')),
      // Behind the whole conversation; the player decides whether the setting lets it be heard.
      background: fromCallback(() => player.loop('background')),
    },
    actions: {
      playSound: (_, params: { name: SoundName }) => player.play(params.name),
      speakLine: ({ context }) => {
        if (currentEnding(context.call)) return; // the ending speaks its own last words
        stopVoice();
        const line = voiceLineOf(context.call);
        const upcoming = nextClips(context.call);
        // Audio work waits until the new line is painted: the answer → line latency is what trainees feel,
        // and the voice still starts within a frame or two.
        const turn = ++turns;
        afterPaint(() => {
          if (turn !== turns) return;
          if (line) hush = player.speak(line);
          player.preload(upcoming);
        });
      },
      endingSound: ({ context }) => {
        stopVoice();
        // The caller's last words, or the hang-up tone when they have none (or the trainee hung up).
        const line = context.abandoned ? undefined : voiceLineOf(context.call);
        if (line) hush = player.speak(line);
        else player.play('hangup');
      },
      hushVoice: () => stopVoice(),
      callerSpeaksUp: assign(({ context }, params: { kind: PromptKind }) => {
        stopVoice();
        const { scenario } = context.call;
        const text = callerPrompts[params.kind][scenario.language];
        hush = player.speak({
          clip: clipUrl(
            promptClipKey(params.kind, scenario.language, scenario.persona.voice ?? defaultVoice),
          ),
          text,
          lang: scenario.language,
        });
        return {
          prompts: [...context.prompts, { afterAnswers: choicesOf(context.call).length, kind: params.kind }],
          waitPenalty: context.waitPenalty + 1,
        };
      }),
      openOnDesk: assign(({ context, event }) =>
        event.type === 'trainee.open'
          ? { desk: openOnDesk(context.desk, event.target, choicesOf(context.call).length) }
          : {},
      ),
      fillOnDesk: assign(({ context, event }) =>
        event.type === 'trainee.fill' ? { desk: fillOnDesk(context.desk, event.field, event.value) } : {},
      ),
      // After-call work: the note, disposition and callback go to the desk log, saved with the attempt.
      wrapUp: assign(({ context, event }) =>
        event.type === 'trainee.wrapUp'
          ? { desk: { ...context.desk, wrapUp: editWrapUp(context.desk.wrapUp, event.edit) } }
          : {},
      ),
      // Handle time = talk + hold + after-call work: the last part ends when the debrief is shown.
      finishWrapUp: assign(({ context }) => {
        if (context.abandoned) return {};
        const now = Date.now();
        const afterCall = now - (context.endedAt ?? now);
        return { desk: { ...context.desk, wrapUp: finishWrapUp(context.desk.wrapUp, now, afterCall) } };
      }),
      markPickUp: assign({ pickedUpAt: () => Date.now() }),
      markEnd: assign({ endedAt: () => Date.now() }),
      markDebrief: assign({ debriefAt: () => Date.now() }),
      startHold: assign({ holdStartedAt: () => Date.now() }),
      endHold: assign(({ context }) => ({
        holdMs:
          context.holdMs + (context.holdStartedAt === undefined ? 0 : Date.now() - context.holdStartedAt),
        holdStartedAt: undefined,
      })),
      pickUpSound: ({ context }) =>
        player.play(isOutbound(context.call.scenario.callType) ? 'ringback' : 'pickup'),
      applyChoice: assign(({ context, event }) =>
        event.type === 'trainee.choose' ? { call: chooseOption(context.call, event.optionId) } : {},
      ),
      holdForHandover: assign(({ event }) =>
        event.type === 'trainee.choose' ? { pendingOptionId: event.optionId } : {},
      ),
      applyHandover: assign(({ context, event }) => {
        const optionId = context.pendingOptionId;
        if (event.type !== 'trainee.handOver' || optionId === undefined) return {};
        return {
          desk: handOverOnDesk(context.desk, { optionId, to: event.to, summary: event.summary }),
          call: chooseOption(context.call, optionId),
          pendingOptionId: undefined,
        };
      }),
      dropHandover: assign({ pendingOptionId: undefined }),
      markAbandoned: assign({ abandoned: true }),
      startAnswerClock: assign({ answerClockAt: () => Date.now() }),
      markLate: assign(({ context }) => {
        const stepId = currentStepId(context.call);
        return stepId && !context.lateSteps.includes(stepId)
          ? { lateSteps: [...context.lateSteps, stepId] }
          : {};
      }),
    },
    guards: {
      practising: ({ context }) => context.mode === 'practice',
      resuming: ({ context }) => choicesOf(context.call).length > 0,
      callEnded: ({ context }) => currentEnding(context.call) !== undefined,
      choiceNeedsHandover: ({ context, event }) => {
        if (event.type !== 'trainee.choose') return false;
        const option = currentStep(context.call)?.options.find((o) => o.id === event.optionId);
        return option !== undefined && needsHandover(option);
      },
      hasAnswerLimit: ({ context }) =>
        answerLimitOf(context.call.scenario, currentStepId(context.call)) !== undefined,
    },
  }).createMachine({
    id: 'callSession',
    initial: 'starting',
    context: ({ input }) => ({
      call: replayCall(input.scenario, input.resume ?? []),
      abandoned: false,
      seed: input.seed ?? Math.floor(Math.random() * 2 ** 31),
      mode: input.mode ?? 'practice',
      prompts: [],
      pickedUpAt: undefined,
      endedAt: undefined,
      debriefAt: undefined,
      holdMs: 0,
      holdStartedAt: undefined,
      desk: input.desk ?? emptyDeskLog(),
      waitPenalty: 0,
      lateSteps: [],
      answerClockAt: undefined,
      pendingOptionId: undefined,
      answerLimitFactor: input.answerLimitFactor ?? 1,
    }),
    states: {
      starting: {
        always: [{ guard: 'resuming', target: 'connected' }, { target: 'ringing' }],
      },
      ringing: {
        invoke: {
          src: 'ringtone',
          // Inbound: the agent's phone rings. Outbound: silence until the trainee dials, then the ringback.
          input: ({ context }) => ({
            sound: isOutbound(context.call.scenario.callType) ? undefined : 'ring',
          }),
        },
        on: {
          'trainee.pickUp': { target: 'connected', actions: 'pickUpSound' },
          // Leaving a ringing call closes its record, so it is not offered again after a reload.
          'trainee.hangUp': { target: 'ended', actions: 'markAbandoned' },
        },
      },
      connected: {
        entry: ['markPickUp', 'speakLine'],
        invoke: { src: 'background' },
        always: { guard: 'callEnded', target: 'ended' },
        initial: 'talking',
        on: {
          'trainee.hangUp': { target: 'ended', actions: 'markAbandoned' },
          'trainee.open': { actions: 'openOnDesk' },
          'trainee.fill': { actions: 'fillOnDesk' },
        },
        states: {
          // Waiting for the trainee's answer: a long silence makes the caller speak up (and the wait
          // starts again); every answer restarts it.
          talking: {
            entry: 'startAnswerClock',
            after: {
              silence: {
                target: 'talking',
                reenter: true,
                actions: { type: 'callerSpeaksUp', params: { kind: 'silence' } },
              },
              // The step's time limit: the caller presses once and the step is marked late.
              answerLimit: {
                guard: 'hasAnswerLimit',
                actions: ['markLate', { type: 'callerSpeaksUp', params: { kind: 'hurry' } }],
              },
            },
            on: {
              'trainee.choose': [
                // A transfer or escalation waits for the summary the trainee writes for the next person.
                { guard: 'choiceNeedsHandover', target: 'handover', actions: 'holdForHandover' },
                { target: 'talking', reenter: true, actions: ['applyChoice', 'speakLine'] },
              ],
              'trainee.hold': 'onHold',
              'trainee.mute': 'muted',
              // Practice can pause (timers stop); an exam, like the real test, cannot.
              'trainee.pause': { guard: 'practising', target: 'paused' },
            },
          },
          onHold: {
            entry: ['hushVoice', 'startHold'],
            exit: 'endHold',
            invoke: { src: 'holdMusic' },
            after: { holdReaction: { actions: { type: 'callerSpeaksUp', params: { kind: 'hold' } } } },
            on: { 'trainee.resume': 'talking' },
          },
          paused: {
            entry: 'hushVoice',
            on: { 'trainee.resume': 'talking' },
          },
          // The trainee writes the handover summary; the caller hears « ne quittez pas » and waits.
          handover: {
            on: {
              'trainee.handOver': { target: 'talking', actions: ['applyHandover', 'speakLine'] },
              'trainee.cancelHandover': { target: 'talking', actions: 'dropHandover' },
            },
          },
          // The agent's microphone is off (to think or ask a colleague): the caller hears nothing, so a
          // long mute is a silence to them. Unlike hold, there is no music and the line stays open.
          muted: {
            after: {
              silence: {
                target: 'muted',
                reenter: true,
                actions: { type: 'callerSpeaksUp', params: { kind: 'silence' } },
              },
            },
            on: { 'trainee.unmute': 'talking', 'trainee.hold': 'onHold' },
          },
        },
      },
      ended: {
        entry: ['markEnd', 'endingSound'],
        // After-call work: the form can still be completed before the debrief.
        on: {
          'trainee.showDebrief': { target: 'debrief', actions: 'finishWrapUp' },
          'trainee.wrapUp': { actions: 'wrapUp' },
          'trainee.fill': { actions: 'fillOnDesk' },
          'trainee.open': { actions: 'openOnDesk' },
        },
      },
      debrief: { type: 'final', entry: ['hushVoice', 'markDebrief'] },
    },
  });
}

export type CallSessionMachine = ReturnType<typeof createCallSessionMachine>;
