import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import type { SoundPlayer } from '../../audio/sound-player';
import type { Scenario } from '../../engine/scenario/types';
import { createCallSessionMachine } from '../../session/call-session-machine';
import { useAppStore } from '../../store/app-store';
import { DebriefScreen } from '../debrief/DebriefScreen';
import { CallScreen } from './CallScreen';
import { RingingPanel } from './RingingPanel';
import { appSoundPlayer } from './sound';

interface Props {
  scenario: Scenario;
  /** Injected in component tests; the app uses Howler. */
  player?: SoundPlayer;
  /** Fixes the order of the options (tests); random otherwise. */
  seed?: number;
}

/** Runs one call session and shows the screen of its phase. */
export function CallSession({ scenario, player, seed }: Props) {
  const soundPlayer = useMemo(() => player ?? appSoundPlayer(), [player]);
  const machine = useMemo(() => createCallSessionMachine(soundPlayer), [soundPlayer]);
  const session = useActorRef(machine, { input: seed === undefined ? { scenario } : { scenario, seed } });
  const phase = useSelector(session, (snapshot) => snapshot.value);
  const muted = useAppStore((state) => state.muted);

  useEffect(() => soundPlayer.setMuted(muted), [soundPlayer, muted]);

  if (phase === 'ringing')
    return <RingingPanel scenario={scenario} onPickUp={() => session.send({ type: 'trainee.pickUp' })} />;
  if (phase === 'debrief') return <DebriefScreen session={session} />;
  return <CallScreen session={session} />;
}
