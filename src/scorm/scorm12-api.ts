/*
 * The SCORM 1.2 run-time API an LMS puts on one of the windows around the package, as `API`. Values go
 * both ways as strings; LMSs answer "true"/"false" (some the booleans), so answers are compared as text.
 */

/** The LMS's run-time API (SCORM 1.2 RTE, section 3.3). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

const methods = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
] as const;

/** Whether an object has every function of the SCORM 1.2 API. */
export function isScorm12Api(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return methods.every((name) => typeof api[name] === 'function');
}

/** How many parents up the search goes (ADL's own API-finding sample gives up after 7). */
export const maxSearchDepth = 7;

/** A window's `API`, if it is a SCORM 1.2 API; undefined when the window belongs to another origin. */
function apiOf(win: Window): Scorm12Api | undefined {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return isScorm12Api(api) ? api : undefined;
  } catch {
    return undefined; // another origin's window: reading it throws
  }
}

/** Looks in a window and up its parents, at most maxSearchDepth levels. */
function searchUp(start: Window | null | undefined): Scorm12Api | undefined {
  let win = start;
  for (let depth = 0; win && depth <= maxSearchDepth; depth++) {
    const api = apiOf(win);
    if (api) return api;
    let parent: Window | null;
    try {
      parent = win.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

const openerOf = (win: Window | null | undefined): Window | null => {
  try {
    return (win?.opener as Window | null | undefined) ?? null;
  } catch {
    return null;
  }
};

/**
 * Finds the LMS's API the standard way (SCORM 1.2 RTE 3.3.6.1): this window and its parents (the package
 * in a frame), then the window that opened it and that window's parents (the package in a pop-up), then
 * the opener of the top window.
 */
export function findScormApi(win: Window): Scorm12Api | undefined {
  let top: Window | null;
  try {
    top = win.top;
  } catch {
    top = null;
  }
  return (
    searchUp(win) ?? searchUp(openerOf(win)) ?? (top && top !== win ? searchUp(openerOf(top)) : undefined)
  );
}
