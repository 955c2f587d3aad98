/** The sounds of a call. Files live in public/audio/<name>.ogg. */
export type SoundName = 'ring' | 'ringback' | 'pickup' | 'hangup' | 'hold' | 'background';

/** A caller's line to be heard: its clip, and its text for speech synthesis when the clip is missing. */
export interface VoiceLine {
  /** Path of the clip relative to the app's base URL. */
  clip: string;
  /** The words, spoken by the browser's synthesis if the clip cannot be played. */
  text: string;
  /** BCP 47 language of the line. */
  lang: string;
}

/** What the session needs from audio; Howler in the browser, a silent recorder in tests. */
export interface SoundPlayer {
  /** Plays a sound once. */
  play: (name: SoundName) => void;
  /** Plays a sound in a loop until the returned function is called. */
  loop: (name: SoundName) => () => void;
  /** Speaks a caller's line; the returned function stops it (the next line interrupts this one). */
  speak: (line: VoiceLine) => () => void;
  /** Starts loading clips that may be needed next, so they start without delay. */
  preload: (clips: readonly string[]) => void;
  /** Mutes or unmutes everything at once. */
  setMuted: (muted: boolean) => void;
  /** Master volume, 0–1. */
  setVolume: (volume: number) => void;
}

/** A player that plays nothing and remembers what it was asked (tests, and browsers without audio). */
export function createSilentPlayer(): SoundPlayer & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    play: (name) => void log.push(`play:${name}`),
    loop: (name) => {
      log.push(`loop:${name}`);
      return () => void log.push(`stop:${name}`);
    },
    speak: (line) => {
      log.push(`speak:${line.clip}`);
      return () => void log.push(`hush:${line.clip}`);
    },
    preload: (clips) => void log.push(`preload:${clips.length}`),
    setMuted: (muted) => void log.push(`muted:${muted}`),
    setVolume: (volume) => void log.push(`volume:${volume}`),
  };
}
