import { Howl, Howler } from 'howler';
import type { SoundName, SoundPlayer, VoiceLine } from './sound-player';

/** Clips kept decoded at once: the current line and the few that may come next. */
const voiceCacheSize = 8;

/**
 * Howler-backed player. Tones load once; voice clips are decoded ahead (preload) and dropped when they
 * leave a small cache, so memory does not grow call after call.
 */
export function createHowlerPlayer(baseUrl: string): SoundPlayer {
  const tones = new Map<SoundName, Howl>();
  const voices = new Map<string, Howl>();
  const tone = (name: SoundName, loop = false) => {
    let sound = tones.get(name);
    if (!sound) {
      sound = new Howl({ src: [`${baseUrl}audio/${name}.ogg`], loop, preload: true });
      tones.set(name, sound);
    }
    return sound;
  };
  const voice = (clip: string) => {
    let sound = voices.get(clip);
    if (sound) {
      voices.delete(clip); // re-inserted below: most recently used last
    } else {
      sound = new Howl({ src: [`${baseUrl}${clip}`], preload: true });
    }
    voices.set(clip, sound);
    while (voices.size > voiceCacheSize) {
      const [oldest, old] = voices.entries().next().value as [string, Howl];
      if (old.playing()) break;
      old.unload();
      voices.delete(oldest);
    }
    return sound;
  };
  const synthesise = (line: VoiceLine) => {
    const synthesis = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
    if (!synthesis || synthesis.getVoices().length === 0) return () => undefined;
    const utterance = new SpeechSynthesisUtterance(line.text);
    utterance.lang = line.lang;
    synthesis.speak(utterance);
    return () => synthesis.cancel();
  };
  return {
    play: (name) => void tone(name).play(),
    loop: (name) => {
      const sound = tone(name, true);
      const id = sound.play();
      return () => void sound.stop(id);
    },
    speak: (line) => {
      const sound = voice(line.clip);
      let stopSynthesis: (() => void) | undefined;
      // A missing clip falls back to the browser's voice when it has one; the text is on screen anyway.
      const fallback = () => (stopSynthesis = synthesise(line));
      sound.once('loaderror', fallback);
      const id = sound.play();
      return () => {
        sound.off('loaderror', fallback);
        sound.stop(id);
        stopSynthesis?.();
      };
    },
    preload: (clips) => clips.forEach(voice),
    setMuted: (muted) => void Howler.mute(muted),
    setVolume: (volume) => void Howler.volume(Math.max(0, Math.min(1, volume))),
  };
}
