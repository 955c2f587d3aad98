import rosetta from 'rosetta';
import { useSyncExternalStore } from 'react';
import type { Language } from '../engine/call-types';
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

/** Strings of the call, debrief and progress screens, per language: loaded with those screens. */
const screenLoaders: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./locales/fr-screens'),
  nl: () => import('./locales/nl-screens'),
  en: () => import('./locales/en-screens'),
};
/** Strings of « Mon parcours » (profiles, history, portfolio), per language: loaded with that page. */
const progressLoaders: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./locales/fr-progress'),
  nl: () => import('./locales/nl-progress'),
  en: () => import('./locales/en-progress'),
};
/** Strings of the trainers' area, per language: loaded with that area. */
const trainerLoaders: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./locales/fr-trainer'),
  nl: () => import('./locales/nl-trainer'),
  en: () => import('./locales/en-trainer'),
};
type Part = 'screens' | 'progress' | 'trainer';
const partLoaders: Record<Part, typeof screenLoaders> = {
  screens: screenLoaders,
  progress: progressLoaders,
  trainer: trainerLoaders,
};
const loadedParts = new Set<string>();
const wantedParts = new Set<Part>();

async function loadPart(part: Part, language: Language): Promise<void> {
  if (loadedParts.has(`${part}:${language}`)) return;
  const messages = await partLoaders[part][language]();
  // rosetta merges top-level keys: each part's namespaces join the first screen's.
  store.set(language, messages.default);
  loadedParts.add(`${part}:${language}`);
}

async function loadPartFor(part: Part): Promise<void> {
  wantedParts.add(part);
  await Promise.all([loadPart(part, 'fr'), loadPart(part, current)]);
}

/** Makes « Mon parcours » strings available (French as fallback, plus the interface language). */
export function loadProgressMessages(): Promise<void> {
  return loadPartFor('progress');
}

/** Makes the trainer area's strings available (French as fallback, plus the interface language). */
export function loadTrainerMessages(): Promise<void> {
  return loadPartFor('trainer');
}

/**
 * Makes the call, debrief and progress strings available (French as fallback, plus the interface
 * language). The lazy screens await it before they render.
 */
export function loadScreenMessages(): Promise<void> {
  return loadPartFor('screens');
}

/** Dutch and English wordings of the competency catalogue, loaded with the first non-French language. */
let competencyTranslations: Record<string, { nl: string; en: string }> | undefined;

// rosetta merges later parts into the table it is given: give it a copy, never the imported module object.
const store = rosetta<Record<string, unknown>>({ fr: { ...fr } });
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
  await Promise.all([...wantedParts].map((part) => loadPart(part, language)));
  current = language;
  store.locale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener();
}
const loaded = new Set<Language>(['fr']);

/** A competency's Dutch or English wording, once that language is loaded (French: the catalogue's own). */
export function translatedCompetency(id: string, language: Language = current): string | undefined {
  return language === 'fr' ? undefined : competencyTranslations?.[id]?.[language];
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
