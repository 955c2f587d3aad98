import { assign, fromCallback, setup } from 'xstate';
import type { SoundName, SoundPlayer } from '../audio/sound-player';
import { callerPrompts } from './caller-prompts';
import type { CallerPrompt, PromptKind } from './caller-prompts';
import { nextClips, voiceLineOf } from './voice-lines';
import { isOutbound } from '../engine/call-types';
import { chooseOption, choicesOf, currentEnding, replayCall } from '../engine/call/call-state';
import type { Mode } from '../engine/progress/attempt';
import { emptyDeskLog, fillOnDesk, openOnDesk } from '../engine/desk/desk-log';
import type { DeskLog } from '../engine/desk/desk-log';
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
  /** Time spent on hold so far, ms. */
  holdMs: number;
  /** When the current hold started. */
  holdStartedAt: number | undefined;
  /** The screen work: panels and articles opened, the form as filled in. */
  desk: DeskLog;
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
}

export type CallSessionEvent =
  | { type: 'trainee.pickUp' }
  | { type: 'trainee.choose'; optionId: string }
  | { type: 'trainee.hangUp' }
  | { type: 'trainee.hold' }
  | { type: 'trainee.pause' }
  | { type: 'trainee.resume' }
  | { type: 'trainee.open'; target: string }
  | { type: 'trainee.fill'; field: string; value: string | string[] }
  | { type: 'trainee.showDebrief' };

/** How long a caller waits for an answer before speaking up, and how long on hold before complaining. */
export const sessionDelays = { silence: 25_000, holdReaction: 30_000 };

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
    },
    actors: {
      // Rings until the state is left; XState stops the callback actor, which stops the loop.
      ringtone: fromCallback<{ type: 'noop' }, { sound: SoundName | undefined }>(({ input }) =>
        input.sound ? player.loop(input.sound) : undefined,
      ),
      holdMusic: fromCallback(() => player.loop('hold')),
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
        // No clip for these generic words: the browser's voice says them when it has one.
        hush = player.speak({
          clip: `audio/voices/_prompts/${params.kind}.${scenario.language}.ogg`,
          text,
          lang: scenario.language,
        });
        return {
          prompts: [...context.prompts, { afterAnswers: choicesOf(context.call).length, kind: params.kind }],
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
      markPickUp: assign({ pickedUpAt: () => Date.now() }),
      markEnd: assign({ endedAt: () => Date.now() }),
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
      markAbandoned: assign({ abandoned: true }),
    },
    guards: {
      practising: ({ context }) => context.mode === 'practice',
      resuming: ({ context }) => choicesOf(context.call).length > 0,
      callEnded: ({ context }) => currentEnding(context.call) !== undefined,
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
      holdMs: 0,
      holdStartedAt: undefined,
      desk: input.desk ?? emptyDeskLog(),
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
            after: {
              silence: {
                target: 'talking',
                reenter: true,
                actions: { type: 'callerSpeaksUp', params: { kind: 'silence' } },
              },
            },
            on: {
              'trainee.choose': { target: 'talking', reenter: true, actions: ['applyChoice', 'speakLine'] },
              'trainee.hold': 'onHold',
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
        },
      },
      ended: {
        entry: ['markEnd', 'endingSound'],
        // After-call work: the form can still be completed before the debrief.
        on: {
          'trainee.showDebrief': 'debrief',
          'trainee.fill': { actions: 'fillOnDesk' },
          'trainee.open': { actions: 'openOnDesk' },
        },
      },
      debrief: { type: 'final', entry: 'hushVoice' },
    },
  });
}

export type CallSessionMachine = ReturnType<typeof createCallSessionMachine>;
