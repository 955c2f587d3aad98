// Prints one line per figure: name, measured value, budget, PASS / OVER (or n/a). Never fails the run.

export type Verdict = 'PASS' | 'OVER' | 'n/a';

const nameWidth = 44;
const valueWidth = 24;

export function verdict(ok: boolean): Verdict {
  return ok ? 'PASS' : 'OVER';
}

/** One figure beside its budget, e.g. `first-screen JS (gzip)   63.2 KiB   budget ≤ 80 KiB   PASS`. */
export function figure(name: string, value: string, budget: string, result: Verdict): void {
  console.log(`${name.padEnd(nameWidth)} ${value.padEnd(valueWidth)} budget ${budget.padEnd(16)} ${result}`);
}

/** An indented detail line under a figure (file lists, breakdowns). */
export function detail(text: string): void {
  console.log(`    ${text}`);
}

/** A figure that could not be measured: printed with its budget and the reason, so every figure shows. */
export function failed(name: string, budget: string, error: unknown): void {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  figure(name, 'not measured', budget, 'n/a');
  detail(`error: ${reason}`);
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** Decimal megabytes (10^6 bytes), the stricter reading of a budget written in MB. */
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
