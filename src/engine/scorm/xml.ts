/*
 * XML text for the SCORM manifest, written by hand: the manifest is small and fixed in shape, and the one
 * risk is a title or path carrying a character that breaks the document.
 */

/** Characters XML 1.0 forbids anywhere (C0 controls other than tab, newline and carriage return, and so on). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML element or a double- or single-quoted attribute; drops forbidden characters. */
export function escapeXml(text: string): string {
  return text
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
