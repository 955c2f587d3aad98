/*
 * A package's launch page is the app's page with one extra meta element. main.tsx looks for it (and
 * starts the SCORM shell instead of the library) — a marker in the page, not in the URL, because an LMS
 * may add its own query string or serve the package from any path.
 */

/** The meta element's name and content. */
export const scormLaunchMeta = { name: 'decroche-launch', content: 'scorm' } as const;

/** CSS selector matching the marker. */
export const scormLaunchSelector = `meta[name="${scormLaunchMeta.name}"][content="${scormLaunchMeta.content}"]`;
