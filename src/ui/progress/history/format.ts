import { useMemo } from 'react';
import type { Language } from '../../../engine/call-types';
import { useTranslation } from '../../../i18n/i18n';

/** Belgian French and Dutch, British English: the dates a trainee in Wallonia expects. */
const locales: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

export interface Formatters {
  /** Day and time, e.g. « 3 mars 2025, 14:05 ». */
  dateTime: (ms: number) => string;
  /** Day only, e.g. « 3 mars 2025 ». */
  date: (ms: number) => string;
  /** Short day for chart axes, e.g. « 03/03 ». */
  shortDate: (ms: number) => string;
  /** A length of time, e.g. « 4 min 05 s ». */
  duration: (ms: number) => string;
  /** A percentage, e.g. « 72 % ». */
  percent: (value: number) => string;
}

/** Date, duration and percent formatting in the interface language. */
export function useFormatters(): Formatters {
  const { t, language } = useTranslation();
  return useMemo<Formatters>(() => {
    const locale = locales[language];
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const shortDate = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit' });
    return {
      dateTime: (ms) => dateTime.format(ms),
      date: (ms) => date.format(ms),
      shortDate: (ms) => shortDate.format(ms),
      duration: (ms) => {
        const total = Math.max(0, Math.round(ms / 1000));
        const minutes = Math.floor(total / 60);
        const seconds = total % 60;
        return minutes === 0
          ? t('history.durationSeconds', { seconds })
          : t('history.durationValue', { minutes, seconds: String(seconds).padStart(2, '0') });
      },
      percent: (value) => t('history.percent', { value }),
    };
  }, [t, language]);
}
