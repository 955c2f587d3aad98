import type { Language } from '../engine/call-types';
import { dictionaryUrls } from './dictionaries';
import { createSpeller, misspelledWords } from './spell-core';
import type { Speller } from './spell-core';
import type { SpellRequest, SpellResponse } from './spell-protocol';

/*
 * The spelling worker: fetches a language's dictionary the first time it is needed, parses it with nspell
 * (seconds for French) and checks notes, all off the main thread so typing never stutters.
 */
// The worker's global scope, typed by what is used of it (the DOM and WebWorker libs cannot be mixed).
const scope = self as unknown as {
  postMessage: (message: SpellResponse) => void;
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null;
};

const spellers = new Map<Language, Promise<Speller>>();
const post = (message: SpellResponse) => scope.postMessage(message);

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

function spellerFor(language: Language): Promise<Speller> {
  let speller = spellers.get(language);
  if (!speller) {
    const started = performance.now();
    const urls = dictionaryUrls[language];
    speller = Promise.all([fetchText(urls.aff), fetchText(urls.dic)]).then(([aff, dic]) => {
      const loaded = createSpeller(aff, dic);
      post({ type: 'loaded', language, ms: performance.now() - started });
      return loaded;
    });
    // A failed load may be retried by the next request (the network may be back).
    speller.catch(() => spellers.delete(language));
    spellers.set(language, speller);
  }
  return speller;
}

scope.onmessage = async (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  try {
    const speller = await spellerFor(request.language);
    if (request.type === 'check')
      post({
        type: 'result',
        id: request.id,
        misspelled: misspelledWords(speller, request.text, request.allow),
      });
  } catch (error) {
    post({
      type: 'error',
      ...(request.type === 'check' ? { id: request.id } : {}),
      language: request.language,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
