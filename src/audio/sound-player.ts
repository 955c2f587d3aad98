/** The sounds of a call. Files live in public/audio/<name>.ogg. */
export type SoundName = 'ring' | 'ringback' | 'pickup' | 'hangup';

/** What the session needs from audio; Howler in the browser, a silent recorder in tests. */
export interface SoundPlayer {
  /** Plays a sound once. */
  play: (name: SoundName) => void;
  /** Plays a sound in a loop until the returned function is called. */
  loop: (name: SoundName) => () => void;
  /** Mutes or unmutes everything at once. */
  setMuted: (muted: boolean) => void;
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
    setMuted: (muted) => void log.push(`muted:${muted}`),
  };
}
