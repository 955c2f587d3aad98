import rosetta from 'rosetta';
import { useSyncExternalStore } from 'react';
import type { Language } from '../engine/call-types';
import { findCompetency } from '../engine/competencies/catalogue';
import fr from './locales/fr';
import type { Messages } from './locales/fr';

/*
 * rosetta (0.3 kB) resolves dot-path keys and {{placeholders}}, the same message format as i18next, so the
 * locale files would move to i18next unchanged. i18next itself (16 kB gzip) does not fit the first screen's
 * budget next to React DOM. French ships with the first screen; Dutch and English load on demand.
 */
const loaders: Record<Exclude<Language, 'fr'>, () => Promise<{ default: Messages }>> = {
  nl: () => import('./locales/nl'),
  en: () => import('./locales/en'),
};

/** Dutch and English wordings of the competency catalogue, loaded with the first non-French language. */
let competencyTranslations: Record<string, { nl: string; en: string }> | undefined;

const store = rosetta<Messages>({ fr });
store.locale('fr');
let current: Language = 'fr';
const listeners = new Set<() => void>();

/** Values a message fills in. */
export type MessageParams = Record<string, string | number>;

/** Translates a key in the current language, falling back to French, then to the key itself. */
export function t(key: string, params?: MessageParams): string {
  return store.t(key, params) || store.t(key, params, 'fr') || key;
}

export function currentLanguage(): Language {
  return current;
}

/** Loads the language's strings if needed, then switches the interface and the page's lang attribute. */
export async function changeLanguage(language: Language): Promise<void> {
  if (language !== 'fr' && !loaded.has(language)) {
    const [messages, translations] = await Promise.all([
      loaders[language](),
      import('../engine/competencies/translations'),
    ]);
    store.set(language, messages.default);
    competencyTranslations = translations.competencyTranslations;
    loaded.add(language);
  }
  current = language;
  store.locale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener();
}
const loaded = new Set<Language>(['fr']);

/** A competency's wording in the interface language; the profile's French when no translation is loaded. */
export function competencyLabel(id: string, language: Language = current): string {
  const french = findCompetency(id)?.label ?? id;
  return language === 'fr' ? french : (competencyTranslations?.[id]?.[language] ?? french);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React binding: re-renders the component when the interface language changes. */
export function useTranslation(): { t: typeof t; language: Language } {
  const language = useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  return { t, language };
}
