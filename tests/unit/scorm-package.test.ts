import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { voiceClips, clipUrl } from '../../src/engine/voice/voice-clips';
import { scormLaunchSelector } from '../../src/engine/scorm/launch-marker';
import { packageFileName, planScormPackage } from '../../src/engine/scorm/package-plan';
import type { PlanInput } from '../../src/engine/scorm/package-plan';
import { assignmentFileName } from '../../src/engine/scorm/packaged-assignment';
import {
  adlcpNamespace,
  buildScormManifest,
  fileHref,
  imsCpNamespace,
  manifestFileName,
} from '../../src/engine/scorm/scorm-manifest';
import { isXsId } from '../../src/engine/scorm/xs-id';
import type { LibraryIndex } from '../../src/library/library-index';
import {
  buildScormPackage,
  PackageFileError,
  PackagePlanError,
} from '../../src/ui/trainer/lms/build-package';
import { fakeAppFiles, fakeShell, serveFakeBuild, voiceManifest } from '../support/fake-app-build';
import { shippedIndex, shippedLibrary } from '../support/serve-library';

afterEach(() => vi.unstubAllGlobals());

const french = shippedLibrary.scenarios.filter((s) => s.language === 'fr');
const [first, second] = french;
if (!first || !second) throw new Error('the library needs two French calls');

const assignment = (overrides: Partial<Assignment> = {}): Assignment => ({
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  title: 'Semaine 3 — appels entrants',
  scenarios: [first.id, second.id],
  mode: 'practice',
  callLanguage: 'fr',
  passMark: 70,
  createdAt: 1_750_000_000_000,
  ...overrides,
});

const input = (overrides: Partial<PlanInput<LibraryIndex>> = {}): PlanInput<LibraryIndex> => ({
  assignment: assignment(),
  appFiles: fakeAppFiles,
  shellHtml: fakeShell,
  dataFolder: 'scenarios/',
  index: shippedIndex,
  scenarios: [first, second],
  voiceManifest,
  ...overrides,
});

function plan(overrides: Partial<PlanInput<LibraryIndex>> = {}) {
  const planned = planScormPackage(input(overrides));
  if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
  return planned.plan;
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
const manifestOf = (p: ReturnType<typeof plan>) =>
  p.written.find((f) => f.path === manifestFileName)?.text ?? '';

describe('the SCORM 1.2 manifest', () => {
  const doc = parse(manifestOf(plan()));
  const root = doc.documentElement;
  const one = (parent: Element | Document, name: string, ns = imsCpNamespace) => {
    const found = parent.getElementsByTagNameNS(ns, name);
    expect(found).toHaveLength(1);
    return found[0] as Element;
  };

  it('is well-formed XML in the IMS CP 1.1.2 namespace, with ADL’s adlcp namespace', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.localName).toBe('manifest');
    expect(root.namespaceURI).toBe(imsCpNamespace);
    expect(root.lookupNamespaceURI('adlcp')).toBe(adlcpNamespace);
  });

  it('says ADL SCORM 1.2 in its metadata', () => {
    const metadata = one(root, 'metadata');
    expect(one(metadata, 'schema').textContent).toBe('ADL SCORM');
    expect(one(metadata, 'schemaversion').textContent).toBe('1.2');
  });

  it('has one organization (the default) with one item played by one SCO resource, the launch page', () => {
    const organizations = one(root, 'organizations');
    const organization = one(organizations, 'organization');
    expect(organizations.getAttribute('default')).toBe(organization.getAttribute('identifier'));
    const title = [...organization.children].find((child) => child.localName === 'title');
    expect(title?.textContent).toBe('Semaine 3 — appels entrants');
    const item = one(organization, 'item');
    const resource = one(one(root, 'resources'), 'resource');
    expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    expect(resource.getAttributeNS(adlcpNamespace, 'scormtype')).toBe('sco');
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(resource.getAttribute('href')).toBe('scorm.html');
  });

  it('gives the pass mark as the item’s adlcp:masteryscore, and none when there is no pass mark', () => {
    const item = one(root, 'item');
    expect(one(item, 'masteryscore', adlcpNamespace).textContent).toBe('70');
    const unmarked = parse(manifestOf(plan({ assignment: assignment({ passMark: 0 }) })));
    expect(unmarked.getElementsByTagNameNS(adlcpNamespace, 'masteryscore')).toHaveLength(0);
  });

  it('uses identifiers that are unique and valid xs:ID values', () => {
    const ids = [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier') ?? '');
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !isXsId(id))).toEqual([]);
    // Even from a key that is not an identifier at all.
    const odd = parse(
      buildScormManifest({ key: '9 élèves/été', title: 't', launch: 'a.html', files: ['a.html'] }),
    );
    const oddIds = [...odd.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier') ?? '');
    expect(oddIds.filter((id) => !isXsId(id))).toEqual([]);
  });

  it('escapes the title and drops characters XML forbids', () => {
    const text = parse(
      buildScormManifest({
        key: 'k',
        title: 'A < B & "C" \'D\' \u0001>',
        launch: 'a.html',
        files: ['a.html'],
      }),
    );
    expect(text.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(text.getElementsByTagNameNS(imsCpNamespace, 'title')[0]?.textContent).toBe('A < B & "C" \'D\' >');
  });

  it('writes file paths as URI references', () => {
    expect(fileHref('audio/voices/été 1.ogg')).toBe('audio/voices/%C3%A9t%C3%A9%201.ogg');
    const doc2 = parse(buildScormManifest({ key: 'k', title: 't', launch: 'a b.html', files: ['a b.html'] }));
    const resource = doc2.getElementsByTagNameNS(imsCpNamespace, 'resource')[0];
    expect(resource?.getAttribute('href')).toBe('a%20b.html');
  });

  it('refuses a launch page outside the package, a file listed twice, a path leaving the package', () => {
    expect(() => buildScormManifest({ key: 'k', title: 't', launch: 'x.html', files: ['a.html'] })).toThrow();
    expect(() =>
      buildScormManifest({ key: 'k', title: 't', launch: 'a.html', files: ['a.html', 'a.html'] }),
    ).toThrow();
    expect(() =>
      buildScormManifest({ key: 'k', title: 't', launch: 'a.html', files: ['a.html', '../x'] }),
    ).toThrow();
    expect(() =>
      buildScormManifest({ key: 'k', title: 't', launch: 'a.html', files: ['a.html'], masteryScore: 101 }),
    ).toThrow();
  });
});

describe('what goes into a package', () => {
  const p = plan();
  const written = new Map(p.written.map((f) => [f.path, f.text]));
  const all = [...p.copied, ...written.keys()];

  it('turns the app page into the launch page, with the marker and the same scripts', () => {
    const launch = new DOMParser().parseFromString(written.get('scorm.html') ?? '', 'text/html');
    expect(launch.querySelector(scormLaunchSelector)).not.toBeNull();
    expect(launch.querySelector('script[type="module"]')?.getAttribute('src')).toBe('./assets/index-abc.js');
    expect(all).not.toContain('index.html');
  });

  it('holds the assignment’s calls only, in its language, with an index listing just them', () => {
    const data = all.filter((f) => f.startsWith('scenarios/')).sort();
    expect(data).toEqual(
      ['scenarios/index.json', `scenarios/${first.id}.fr.json`, `scenarios/${second.id}.fr.json`].sort(),
    );
    const index = JSON.parse(written.get('scenarios/index.json') ?? '') as LibraryIndex;
    expect(index.scenarios.map((s) => s.key).sort()).toEqual([`${first.id}.fr`, `${second.id}.fr`].sort());
    expect(index.problems).toEqual([]);
    expect(JSON.parse(written.get(`scenarios/${first.id}.fr.json`) ?? '')).toEqual(first);
  });

  it('holds the voice clips of those calls (and the caller prompts in their voices), no others', () => {
    const voices = p.copied.filter((f) => f.startsWith('audio/voices/'));
    const expected = [first, second]
      .flatMap(voiceClips)
      .map((c) => c.key)
      .filter((key) => key in voiceManifest.clips)
      .map(clipUrl);
    expect(expected.length).toBeGreaterThan(0);
    for (const clip of expected) expect(voices).toContain(clip);
    const others = voices.filter((f) => !expected.includes(f));
    expect(others.every((f) => /^audio\/voices\/_prompts\/(female|male)\/[a-z]+\.fr\.ogg$/.test(f))).toBe(
      true,
    );
    expect(voices).not.toContain('audio/voices/manifest.json');
  });

  it('holds the scripts, styles and sounds of the app, without the build’s file list', () => {
    expect(p.copied).toEqual(
      expect.arrayContaining([
        'assets/index-abc.js',
        'assets/index-abc.css',
        'audio/ring.ogg',
        'audio/pickup.ogg',
      ]),
    );
    expect(all).not.toContain('app-files.json');
  });

  it('writes the assignment without its learning record store credentials', () => {
    const withLrs = plan({
      assignment: assignment({
        lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'k', password: 's' },
      }),
    });
    const packaged = JSON.parse(withLrs.written.find((f) => f.path === assignmentFileName)?.text ?? '');
    expect(packaged.lrs).toBeUndefined();
    expect(packaged.scenarios).toEqual([first.id, second.id]);
  });

  it('lists every file of the package in the manifest, and only those', () => {
    const doc = parse(manifestOf(p));
    const hrefs = [...doc.getElementsByTagNameNS(imsCpNamespace, 'file')].map((f) =>
      decodeURIComponent(f.getAttribute('href') ?? ''),
    );
    expect(hrefs.sort()).toEqual(all.filter((f) => f !== manifestFileName).sort());
  });

  it('says why it cannot be made: unknown call, no call, not the app page, too many calls', () => {
    const missing = planScormPackage(input({ assignment: assignment({ scenarios: ['nope', first.id] }) }));
    expect(missing).toEqual({
      ok: false,
      problems: [{ kind: 'missing-scenario', id: 'nope', language: 'fr' }],
    });
    const notInDutch = planScormPackage(
      input({ assignment: assignment({ callLanguage: 'nl' }), scenarios: [] }),
    );
    expect(notInDutch.ok).toBe(false);
    expect(planScormPackage(input({ assignment: assignment({ scenarios: [] }) }))).toEqual({
      ok: false,
      problems: [{ kind: 'no-scenario' }],
    });
    expect(planScormPackage(input({ shellHtml: 'not a page' }))).toEqual({
      ok: false,
      problems: [{ kind: 'bad-shell', file: 'index.html' }],
    });
    const many = Array.from({ length: 200 }, (_, i) => `un-scenario-au-nom-assez-long-${i}`);
    const tooMany = planScormPackage(input({ assignment: assignment({ scenarios: many }), scenarios: [] }));
    expect(tooMany.ok === false && tooMany.problems.some((p) => p.kind === 'too-many-calls')).toBe(true);
  });

  it('is named after the title', () => {
    expect(packageFileName('Semaine 3 — appels entrants')).toBe('semaine-3-appels-entrants-scorm12.zip');
    expect(packageFileName('  ')).toBe('decroche-scorm12.zip');
    expect(packageFileName('Été / Hiver : 112 !')).toBe('ete-hiver-112-scorm12.zip');
  });
});

describe('packaging in the browser', () => {
  it('zips every planned file, the manifest at the root, and every file in the zip is in the manifest', async () => {
    const requested = serveFakeBuild();
    const progress: string[] = [];
    const built = await buildScormPackage(assignment(), {
      baseUrl: './',
      onProgress: (p) => progress.push(p.step),
    });
    expect(built.name).toBe('semaine-3-appels-entrants-scorm12.zip');
    const files = unzipSync(new Uint8Array(await built.blob.arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toContain(manifestFileName);
    expect(built.files).toBe(names.length);
    const doc = parse(new TextDecoder().decode(files[manifestFileName]));
    const hrefs = [...doc.getElementsByTagNameNS(imsCpNamespace, 'file')].map((f) =>
      decodeURIComponent(f.getAttribute('href') ?? ''),
    );
    expect(hrefs.filter((h) => !(h in files))).toEqual([]);
    expect(names.filter((n) => n !== manifestFileName && !hrefs.includes(n))).toEqual([]);
    expect(new TextDecoder().decode(files['audio/ring.ogg'])).toBe('OggS fake audio/ring.ogg');
    expect(progress).toEqual(expect.arrayContaining(['reading', 'copying', 'zipping']));
    // Only the app's own origin, and no other call's voice.
    expect(requested.every((url) => !/^https?:/.test(url))).toBe(true);
    const otherCall = french.find((s) => s.id !== first.id && s.id !== second.id);
    if (otherCall) expect(requested.some((url) => url.includes(`/${otherCall.id}.fr/`))).toBe(false);
  });

  it('names the file it could not read', async () => {
    serveFakeBuild({ 'audio/ring.ogg': 404 });
    await expect(buildScormPackage(assignment(), { baseUrl: './' })).rejects.toEqual(
      new PackageFileError('audio/ring.ogg', 'HTTP 404'),
    );
    serveFakeBuild({ 'app-files.json': 'not json' });
    await expect(buildScormPackage(assignment(), { baseUrl: './' })).rejects.toMatchObject({
      file: 'app-files.json',
      reason: 'not JSON',
    });
  });

  it('refuses an assignment naming a call the library does not have', async () => {
    serveFakeBuild();
    const error = await buildScormPackage(assignment({ scenarios: ['inconnu'] }), { baseUrl: './' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackagePlanError);
    expect((error as PackagePlanError).problems).toEqual([
      { kind: 'missing-scenario', id: 'inconnu', language: 'fr' },
    ]);
  });
});
