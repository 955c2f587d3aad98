import { scormLaunchMeta } from './launch-marker';

/**
 * The package's launch page: the built app page with the SCORM marker added at the top of its head, so
 * the same scripts start the SCORM shell. Undefined when the page has no head (not the app's page).
 */
export function scormLaunchPage(appHtml: string): string | undefined {
  const head = /<head(\s[^>]*)?>/i.exec(appHtml);
  if (!head) return undefined;
  const at = head.index + head[0].length;
  const meta = `\n    <meta name="${scormLaunchMeta.name}" content="${scormLaunchMeta.content}" />`;
  return `${appHtml.slice(0, at)}${meta}${appHtml.slice(at)}`;
}
