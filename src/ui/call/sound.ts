import { createHowlerPlayer } from '../../audio/howler-player';
import type { SoundPlayer } from '../../audio/sound-player';

let player: SoundPlayer | undefined;

/** The app's one sound player, created on the first call (Howler stays out of the first screen). */
export function appSoundPlayer(): SoundPlayer {
  player ??= createHowlerPlayer(import.meta.env.BASE_URL);
  return player;
}
