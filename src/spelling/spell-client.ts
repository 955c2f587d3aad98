import type { Language } from '../engine/call-types';
import type { MisspelledWord } from '../engine/wrapup/wrap-up-log';
import type { SpellRequest, SpellResponse } from './spell-protocol';

/** The spelling checker as the page sees it: a promise per check, the work done in a worker. */
export interface SpellChecker {
  /** Starts loading a language's dictionary (creates the worker on first use). */
  warm: (language: Language) => void;
  /**
   * The misspelt words of `text`. Rejects with `SpellUnavailable` when the worker or its dictionary cannot
   * load, and with an `AbortError` when `signal` aborts first (a newer check replaces this one).
   */
  check: (
    language: Language,
    text: string,
    allow: readonly string[],
    signal?: AbortSignal,
  ) => Promise<MisspelledWord[]>;
  /** Stops the worker; later checks start a new one. */
  dispose: () => void;
}

/** The checker could not run: no worker support, the worker script or the dictionary failed to load. */
export class SpellUnavailable extends Error {
  override name = 'SpellUnavailable';
}

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage: (message: SpellRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<SpellResponse>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

/** The real worker: Vite bundles spell-worker.ts (nspell and all) as its own file, fetched on first use. */
const startWorker = (): WorkerLike =>
  new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

interface Pending {
  resolve: (words: MisspelledWord[]) => void;
  reject: (error: Error) => void;
}

const abortError = () => new DOMException('The spelling check was replaced by a newer one.', 'AbortError');

/** One lazily created worker shared by every check; `makeWorker` is swapped in tests. */
export function createSpellClient(makeWorker: () => WorkerLike = startWorker): SpellChecker {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new SpellUnavailable(message));
    pending.clear();
  };
  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    let started: WorkerLike;
    try {
      started = makeWorker();
    } catch (error) {
      throw new SpellUnavailable(error instanceof Error ? error.message : String(error));
    }
    started.onmessage = ({ data }) => {
      if (data.type === 'loaded') return;
      const request = data.id === undefined ? undefined : pending.get(data.id);
      if (data.id !== undefined) pending.delete(data.id);
      if (data.type === 'result') request?.resolve(data.misspelled);
      else if (request) request.reject(new SpellUnavailable(data.message));
      else failAll(data.message);
    };
    // The worker script itself failed to load or crashed: every check waiting fails, the next one retries.
    started.onerror = (event) => {
      failAll('message' in event && event.message ? event.message : 'the spelling worker failed');
      stop();
    };
    worker = started;
    return started;
  };

  return {
    warm(language) {
      try {
        ensureWorker().postMessage({ type: 'load', language });
      } catch {
        // Reported by the first check.
      }
    },
    check(language, text, allow, signal) {
      return new Promise<MisspelledWord[]>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        let target: WorkerLike;
        try {
          target = ensureWorker();
        } catch (error) {
          return reject(error as Error);
        }
        const id = nextId++;
        pending.set(id, { resolve, reject });
        signal?.addEventListener(
          'abort',
          () => {
            if (pending.delete(id)) reject(abortError());
          },
          { once: true },
        );
        target.postMessage({ type: 'check', id, language, text, allow: [...allow] });
      });
    },
    dispose() {
      failAll('the spelling checker was stopped');
      stop();
    },
  };
}

let shared: SpellChecker | undefined;

/** The app's one spelling checker (its worker starts only when a note is first edited). */
export function appSpellChecker(): SpellChecker {
  shared ??= createSpellClient();
  return shared;
}
