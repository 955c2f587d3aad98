import { escapeXml } from './xml';
import { xsId } from './xs-id';

/*
 * The SCORM 1.2 content package manifest (IMS Content Packaging 1.1.2 with ADL's SCORM 1.2 extensions):
 * one organization holding one item, played by one SCO whose resource lists every file of the package.
 * The schema files (.xsd) are not shipped, so no xsi:schemaLocation is written: LMSs (Moodle among them)
 * read the namespaces, not the schemas.
 */

/** Where the LMS looks for the manifest: the root of the zip. */
export const manifestFileName = 'imsmanifest.xml';

export const imsCpNamespace = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
export const adlcpNamespace = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

/** What the manifest says about a package. */
export interface ScormManifestInput {
  /** Stable, unique key of the package (the assignment's id): every identifier is derived from it. */
  key: string;
  /** Title the LMS shows for the course and its one activity. */
  title: string;
  /** Path of the launch page inside the package. */
  launch: string;
  /** Every file of the package but the manifest, as paths from its root with '/' separators. */
  files: readonly string[];
  /** Score (0–100) the LMS compares cmi.core.score.raw with; absent when the activity has no pass mark. */
  masteryScore?: number;
}

/** The identifiers of a package's manifest, organization, item and resource (all distinct xs:IDs). */
export function manifestIds(key: string) {
  return {
    manifest: xsId('MANIFEST', key),
    organization: xsId('ORG', key),
    item: xsId('ITEM', key),
    resource: xsId('RES', key),
  };
}

/** A package path as a URI reference: each segment percent-encoded, the slashes kept. */
export function fileHref(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The imsmanifest.xml text. Throws when the input contradicts itself (a bug, not bad user input). */
export function buildScormManifest({ key, title, launch, files, masteryScore }: ScormManifestInput): string {
  if (!files.includes(launch)) throw new Error(`the launch page ${launch} is not among the package's files`);
  if (new Set(files).size !== files.length) throw new Error('a file is listed twice');
  if (files.some((file) => file === '' || file.startsWith('/') || file.split('/').includes('..')))
    throw new Error('package paths must be relative and stay inside the package');
  if (
    masteryScore !== undefined &&
    !(Number.isInteger(masteryScore) && masteryScore >= 0 && masteryScore <= 100)
  )
    throw new Error(`mastery score ${masteryScore} is not an integer from 0 to 100`);
  const ids = manifestIds(key);
  const name = escapeXml(title.trim() === '' ? key : title.trim());
  const mastery =
    masteryScore === undefined ? '' : `\n        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`;
  const fileLines = files.map((file) => `\n      <file href="${escapeXml(fileHref(file))}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="1.0"
  xmlns="${imsCpNamespace}"
  xmlns:adlcp="${adlcpNamespace}"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${name}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${name}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(fileHref(launch))}">${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
