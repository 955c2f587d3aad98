import type { CallbackBooking } from './wrap-up-log';

/** What can be wrong with a booked callback. */
export type CallbackProblem =
  'missing' | 'no-date' | 'date-past' | 'not-working-day' | 'no-time' | 'no-person';

/** The verdict on a callback: fine, or the problems found (all of them, so the debrief can list them). */
export interface CallbackCheck {
  /** True when date, time and person are all right. */
  ok: boolean;
  /** What is wrong, in the order a trainee fixes it. */
  problems: CallbackProblem[];
  /** The public holiday the date falls on, when that is the problem. */
  holiday?: string;
}

const dayMs = 86_400_000;

/** Easter Sunday of a year (Gregorian computus, Meeus/Jones/Butcher), as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Belgium's ten legal public holidays of a year (loi du 4 janvier 1974), `YYYY-MM-DD` → id. Days a
 * contact centre does not call people back on.
 */
export function belgianHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year).getTime();
  const fromEaster = (days: number) => iso(new Date(easter + days * dayMs));
  const fixed = (month: number, day: number) => iso(new Date(Date.UTC(year, month - 1, day)));
  return new Map([
    [fixed(1, 1), 'new-year'],
    [fromEaster(1), 'easter-monday'],
    [fixed(5, 1), 'labour-day'],
    [fromEaster(39), 'ascension'],
    [fromEaster(50), 'whit-monday'],
    [fixed(7, 21), 'national-day'],
    [fixed(8, 15), 'assumption'],
    [fixed(11, 1), 'all-saints'],
    [fixed(11, 11), 'armistice'],
    [fixed(12, 25), 'christmas'],
  ]);
}

/** A `YYYY-MM-DD` string as a UTC date, or undefined when it is not a real calendar day. */
export function parseDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** A `HH:MM` time of day, 00:00–23:59. */
export function validTime(value: string): boolean {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  return !!match && Number(match[1]) < 24 && Number(match[2]) < 60;
}

/**
 * Checks a callback booked in the wrap-up: a real date that is not in the past (judged against `today`,
 * the day the wrap-up was done) and falls on a working day (Monday to Friday, not a Belgian public
 * holiday), a time, and the person to ask for.
 */
export function checkCallback(callback: CallbackBooking | undefined, today: string): CallbackCheck {
  if (!callback || (!callback.date.trim() && !callback.time.trim() && !callback.person.trim()))
    return { ok: false, problems: ['missing'] };
  const problems: CallbackProblem[] = [];
  let holiday: string | undefined;
  const date = parseDay(callback.date);
  const now = parseDay(today);
  if (!date) problems.push('no-date');
  else {
    if (now && date.getTime() < now.getTime()) problems.push('date-past');
    const weekday = date.getUTCDay();
    holiday = belgianHolidays(date.getUTCFullYear()).get(iso(date));
    if (weekday === 0 || weekday === 6 || holiday) problems.push('not-working-day');
  }
  if (!validTime(callback.time)) problems.push('no-time');
  if (callback.person.trim().replace(/[^\p{L}]/gu, '').length < 2) problems.push('no-person');
  return { ok: problems.length === 0, problems, ...(holiday ? { holiday } : {}) };
}
