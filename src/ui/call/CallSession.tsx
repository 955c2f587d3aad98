import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useState } from 'react';
import type { SoundPlayer } from '../../audio/sound-player';
import type { Attempt, Mode } from '../../engine/progress/attempt';
import type { DeskLog } from '../../engine/desk/desk-log';
import type { Scenario } from '../../engine/scenario/types';
import { createCallSessionMachine } from '../../session/call-session-machine';
import { callAllowsFreeText } from '../../engine/free-text/free-text-allowed';
import { typedAnswerFactor } from '../../engine/timing/answer-limit';
import { recordAttempt } from '../../session/record-attempt';
import { reportToLrs } from './report-to-lrs';
import { useAppStore } from '../../store/app-store';
import { progressStore } from '../../store/progress/app-progress';
import { DebriefScreen } from '../debrief/DebriefScreen';
import { CallScreen } from './CallScreen';
import { RingingPanel } from './RingingPanel';
import { StorageWarning } from '../StorageWarning';
import { appSoundPlayer } from './sound';

interface Props {
  scenario: Scenario;
  /** Injected in component tests; the app uses Howler. */
  player?: SoundPlayer;
  /** Fixes the order of the options (tests, resume); random otherwise. */
  seed?: number;
  /** Practice (feedback after each answer) or exam (feedback at the end). */
  mode?: Mode;
  /** The record the call is written to as it happens. */
  attempt?: Attempt;
  /** Answers already given, replayed to resume an interrupted call. */
  resume?: readonly string[];
  /** The desktop as it was (resume). */
  desk?: DeskLog;
}

/**
 * The caller's voice obeys the « voix » setting at the moment each line starts; the call-centre background
 * follows its setting while it plays (switched on or off mid-call).
 */
function withVoiceSetting(player: SoundPlayer): SoundPlayer {
  return {
    ...player,
    speak: (line) => (useAppStore.getState().voiceOn ? player.speak(line) : () => undefined),
    loop: (name) => (name === 'background' ? loopWhileSettingOn(player) : player.loop(name)),
  };
}

function loopWhileSettingOn(player: SoundPlayer): () => void {
  let stop: (() => void) | undefined;
  const apply = (on: boolean) => {
    if (on && !stop) stop = player.loop('background');
    if (!on && stop) {
      stop();
      stop = undefined;
    }
  };
  apply(useAppStore.getState().backgroundOn);
  const unsubscribe = useAppStore.subscribe((state) => apply(state.backgroundOn));
  return () => {
    unsubscribe();
    apply(false);
  };
}

/** Runs one call session, records it, and shows the screen of its phase. */
export function CallSession({ scenario, player, seed, mode, attempt, resume, desk }: Props) {
  const soundPlayer = useMemo(() => withVoiceSetting(player ?? appSoundPlayer()), [player]);
  const machine = useMemo(() => createCallSessionMachine(soundPlayer), [soundPlayer]);
  // Trainees who type get longer time limits (the setting is read once, when the call starts).
  const [typing] = useState(
    () => useAppStore.getState().answerMode === 'free-text' && callAllowsFreeText(scenario),
  );
  const session = useActorRef(machine, {
    input: {
      scenario,
      ...(seed === undefined ? {} : { seed }),
      ...(mode ? { mode } : {}),
      ...(resume ? { resume } : {}),
      ...(desk ? { desk } : {}),
      ...(typing ? { answerLimitFactor: typedAnswerFactor } : {}),
    },
  });
  // The top-level phase only (a string): answers change the nested state, not what this component shows.
  const phase = useSelector(session, (snapshot) =>
    typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value)[0],
  );
  const muted = useAppStore((state) => state.muted);

  const volume = useAppStore((state) => state.volume);
  useEffect(() => soundPlayer.setMuted(muted), [soundPlayer, muted]);
  useEffect(() => soundPlayer.setVolume(volume), [soundPlayer, volume]);
  useEffect(
    () => (attempt ? recordAttempt(session, attempt, progressStore.getState()) : undefined),
    [session, attempt],
  );
  // Learning records for the trainer's LRS, only for an assignment that has one.
  useEffect(() => reportToLrs(session, attempt, scenario), [session, attempt, scenario]);

  if (phase === 'ringing' || phase === 'starting')
    return (
      <RingingPanel
        scenario={scenario}
        onPickUp={() => session.send({ type: 'trainee.pickUp' })}
        onDecline={() => session.send({ type: 'trainee.hangUp' })}
      />
    );
  if (phase === 'debrief') return <DebriefScreen session={session} />;
  return (
    <>
      <StorageWarning />
      <CallScreen session={session} />
    </>
  );
}
