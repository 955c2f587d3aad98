import type { Language } from '../call-types';
import type { LanguagePack } from './language-pack';

// One chunk per language: a French call never downloads the Dutch and English word lists.
const loaders: Record<Language, () => Promise<{ default: LanguagePack }>> = {
  fr: () => import('./packs/fr'),
  nl: () => import('./packs/nl'),
  en: () => import('./packs/en'),
};

const loading = new Map<Language, Promise<LanguagePack>>();

/** The matcher's word lists for a call language, loaded once (the same promise every time, for `use`). */
export function loadLanguagePack(language: Language): Promise<LanguagePack> {
  let pack = loading.get(language);
  if (!pack) {
    pack = loaders[language]().then((module) => module.default);
    // A failed download may be retried later (the network came back).
    pack.catch(() => loading.delete(language));
    loading.set(language, pack);
  }
  return pack;
}
