/*
 * The address-bar side of an assignment link, with no import at all: the first screen uses it to notice a
 * link without downloading the decoder.
 */

/** The fragment's name: `…/#assignment=<payload>`. */
export const assignmentFragmentPrefix = '#assignment=';

/** The payload of an assignment link's fragment, or undefined when the address holds none. */
export function assignmentPayloadOf(hash: string): string | undefined {
  return hash.startsWith(assignmentFragmentPrefix) ? hash.slice(assignmentFragmentPrefix.length) : undefined;
}

/** The link a trainee opens: the app's address (without fragment) and the payload. */
export function assignmentLink(appAddress: string, payload: string): string {
  return `${appAddress.replace(/#.*$/, '')}${assignmentFragmentPrefix}${payload}`;
}
