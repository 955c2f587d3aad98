import type { Option } from '../scenario/types';

/**
 * The order options are shown in. Authors tend to write the best answer first; shuffling (the same way for
 * the same seed and step, so a resumed call looks the same) keeps position from giving the answer away.
 */
export function orderOptions(options: readonly Option[], seed: number, stepId: string): Option[] {
  const random = mulberry32(hash(`${seed}:${stepId}`));
  const ordered = [...options];
  for (let i = ordered.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ordered[i], ordered[j]] = [ordered[j] as Option, ordered[i] as Option];
  }
  return ordered;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// A tiny, well-known seeded generator: enough to shuffle four buttons reproducibly.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
