import { Howl, Howler } from 'howler';
import type { SoundName, SoundPlayer } from './sound-player';

/** Howler-backed player; each sound is loaded once, on first use, from the app's own origin. */
export function createHowlerPlayer(baseUrl: string): SoundPlayer {
  const sounds = new Map<SoundName, Howl>();
  const get = (name: SoundName, loop = false) => {
    let sound = sounds.get(name);
    if (!sound) {
      sound = new Howl({ src: [`${baseUrl}audio/${name}.ogg`], loop, html5: false, preload: true });
      sounds.set(name, sound);
    }
    return sound;
  };
  return {
    play: (name) => void get(name).play(),
    loop: (name) => {
      const sound = get(name, true);
      const id = sound.play();
      return () => void sound.stop(id);
    },
    setMuted: (muted) => void Howler.mute(muted),
  };
}
