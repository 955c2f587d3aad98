import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isOutbound } from '../../src/engine/call-types';
import type { Scenario } from '../../src/engine/scenario/types';
import { answer, playWell, routeOf, shippedScenarios, spoken } from './support';
import { packagePath, startLmsHost } from './scorm-lms-host';

// From an empty browser to a SCORM 1.2 package (made in the trainer area, downloaded), then that package
// run by a stand-in LMS (scorm-again's Scorm12API as window.API, the package in a frame at a deep path):
// the LMS must record completion, score and pass/fail.

const hostPort = Number(process.env.E2E_LMS_PORT ?? 4196);
const host = `http://127.0.0.1:${hostPort}`;
let packages: string;
let server: Server;

test.beforeAll(async () => {
  packages = mkdtempSync(join(tmpdir(), 'decroche-scorm-'));
  server = await startLmsHost(packages, hostPort);
});
test.afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(packages, { recursive: true, force: true });
});

const french = shippedScenarios.filter((s) => s.language === 'fr' && s.callType === 'inbound');
const worstRoute = (scenario: Scenario) =>
  routeOf(scenario, (options) => (options.find((o) => o.rating === 'wrong') ?? options.at(-1))?.id ?? '');

/** Fills the trainer's form and downloads the package; returns the zip's files and the file name. */
async function makePackage(
  page: Page,
  {
    title,
    scenarios,
    passMark,
    exam = false,
  }: { title: string; scenarios: Scenario[]; passMark: number; exam?: boolean },
) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Espace formateur' }).click();
  await page.getByRole('tab', { name: 'Paquet pour la plateforme (LMS)' }).click();
  await page.getByLabel('Titre de l’activité').fill(title);
  await page.getByLabel('Langue des appels').selectOption('fr');
  if (exam) await page.getByRole('radio', { name: 'Examen' }).check();
  await page.getByLabel('Note de réussite (%)').fill(String(passMark));
  for (const scenario of scenarios)
    await page.getByRole('checkbox', { name: spoken(scenario.title), exact: true }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Créer le paquet SCORM' }).click(),
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Paquet créé' })).toContainText(
    download.suggestedFilename(),
  );
  const zip = readFileSync(await download.path());
  return { files: unzipSync(new Uint8Array(zip)), name: download.suggestedFilename() };
}

/** Unzips a package where the stand-in LMS serves it. */
function install(name: string, files: Record<string, Uint8Array>) {
  for (const [path, bytes] of Object.entries(files)) {
    const target = join(packages, name, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

/** Opens the stand-in LMS on a package, the learner known to it; returns the package's frame. */
async function launch(page: Page, name: string, cmi: object, manifest: string): Promise<Frame> {
  // The LMS hands the manifest's mastery score to the package, as Moodle does.
  const mastery = /<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>/.exec(manifest)?.[1];
  const state = {
    core: { student_id: 'stg-042', student_name: 'Dupont, Marie' },
    ...(mastery ? { student_data: { mastery_score: mastery } } : {}),
    ...cmi,
  };
  await page.goto(`${host}/host.html?package=${name}&cmi=${encodeURIComponent(JSON.stringify(state))}`);
  const frame = page.frame({ url: new RegExp(`${packagePath(name)}scorm\\.html`) });
  if (!frame) throw new Error('the package frame is missing');
  return frame;
}

/** What the LMS holds (scorm-again's data model) and the values the package sent, in order. */
const lmsState = (page: Page) =>
  page.evaluate(() => {
    const api = (window as unknown as { API: { cmi: { core: Record<string, unknown> } } }).API;
    const core = api.cmi.core as { lesson_status: string; score: { raw: string; min: string; max: string } };
    return {
      status: core.lesson_status,
      raw: core.score.raw,
      min: core.score.min,
      max: core.score.max,
      log: (window as unknown as { lmsLog: [string, string][] }).lmsLog,
      cmi: (api as unknown as { renderCMIToJSONObject: () => { cmi: object } }).renderCMIToJSONObject(),
    };
  });

// The support helpers only use locators, which frames have as pages do.
const inFrame = (frame: Frame) => frame as unknown as Page;

/** Picks up a call of the package's list. */
async function startCall(frame: Frame, scenario: Scenario) {
  await frame.getByRole('button', { name: `Jouer « ${spoken(scenario.title)} »` }).click();
  await frame
    .getByRole('button', { name: isOutbound(scenario.callType) ? 'Lancer l’appel' : 'Décrocher' })
    .click();
}

/** The overall score the debrief shows. */
async function debriefOverall(frame: Frame): Promise<number> {
  await expect(frame.getByRole('heading', { level: 1, name: /Débriefing/ })).toBeVisible();
  const text = await frame.locator('p.overall strong').textContent();
  const overall = Number(/(\d+)/.exec(text ?? '')?.[1]);
  expect(overall).toBeGreaterThanOrEqual(0);
  return overall;
}

const timespan = /^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/;

test('a trainer packages a call, the LMS runs it and records completion, score and pass', async ({
  page,
}) => {
  const scenario = french[0];
  if (!scenario) throw new Error('no French inbound call');
  const { files, name } = await makePackage(page, {
    title: 'Semaine 3 — appels entrants',
    scenarios: [scenario],
    passMark: 50,
  });
  expect(name).toBe('semaine-3-appels-entrants-scorm12.zip');
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(Object.keys(files)).toContain(`scenarios/${scenario.id}.fr.json`);
  install('semaine-3', files);

  const requests = new Set<string>();
  page.on('request', (request) => requests.add(new URL(request.url()).host));
  const frame = await launch(page, 'semaine-3', {}, manifest);
  await expect(frame.getByRole('heading', { level: 1, name: 'Semaine 3 — appels entrants' })).toBeVisible();
  await expect(frame.getByText('Stagiaire : Marie Dupont')).toBeVisible();
  expect((await lmsState(page)).status).toBe('incomplete');

  await startCall(frame, scenario);
  await playWell(inFrame(frame), scenario);
  const overall = await debriefOverall(frame);
  expect(overall).toBeGreaterThanOrEqual(50);
  await expect.poll(async () => (await lmsState(page)).status).toBe('passed');
  const lms = await lmsState(page);
  expect(lms.raw).toBe(String(overall));
  expect([lms.min, lms.max]).toEqual(['0', '100']);
  const sent = (element: string) => lms.log.filter(([e]) => e === element).map(([, v]) => v);
  expect(sent('cmi.core.session_time').every((time) => timespan.test(time))).toBe(true);
  expect(sent('cmi.core.exit').at(-1)).toBe('');
  expect(lms.log.at(-1)).toEqual(['LMSCommit', '']);

  await frame.getByRole('button', { name: 'Retour à la liste' }).click();
  await expect(frame.getByText(`Résultat retenu : ${overall} %`)).toBeVisible();
  await expect(
    frame.getByText(`Score de l’activité : ${overall} % — réussie (1 sur 1 appels joués)`),
  ).toBeVisible();
  await frame.getByRole('button', { name: 'Terminer l’activité' }).click();
  await expect(frame.getByText(/Session terminée/)).toBeVisible();
  expect((await lmsState(page)).log.at(-1)).toEqual(['LMSFinish', '']);
  // Privacy: the package talks to its own origin only.
  expect([...requests]).toEqual([`127.0.0.1:${hostPort}`]);
});

test('an exam of two calls is incomplete after one, kept across launches, and failed on poor answers', async ({
  page,
}) => {
  const [first, second] = french;
  if (!first || !second) throw new Error('two French inbound calls are needed');
  const { files } = await makePackage(page, {
    title: 'Examen blanc',
    scenarios: [first, second],
    passMark: 90,
    exam: true,
  });
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  install('examen', files);

  let frame = await launch(page, 'examen', {}, manifest);
  await startCall(frame, first);
  for (const optionId of worstRoute(first)) await answer(inFrame(frame), first, optionId);
  await frame.getByRole('button', { name: 'Voir le débriefing' }).click();
  const firstOverall = await debriefOverall(frame);
  await expect.poll(async () => (await lmsState(page)).raw).toBe(String(Math.round(firstOverall / 2)));
  const halfway = await lmsState(page);
  expect(halfway.status).toBe('incomplete');
  expect(halfway.log.filter(([e]) => e === 'cmi.core.exit').at(-1)).toEqual(['cmi.core.exit', 'suspend']);

  // The learner leaves and comes back another day: the LMS gives back what the package stored.
  const saved = halfway.cmi as { cmi: { suspend_data: string; core: { lesson_status: string } } };
  frame = await launch(
    page,
    'examen',
    {
      suspend_data: saved.cmi.suspend_data,
      core: {
        student_id: 'stg-042',
        student_name: 'Dupont, Marie',
        lesson_status: 'incomplete',
        entry: 'resume',
      },
    },
    manifest,
  );
  await expect(frame.getByText(`Résultat retenu : ${firstOverall} %`)).toBeVisible();
  // An exam call counts once: it cannot be played again.
  await expect(frame.getByRole('button', { name: `Jouer « ${spoken(first.title)} »` })).toHaveCount(0);

  await startCall(frame, second);
  for (const optionId of worstRoute(second)) await answer(inFrame(frame), second, optionId);
  await frame.getByRole('button', { name: 'Voir le débriefing' }).click();
  const secondOverall = await debriefOverall(frame);
  const mean = Math.round((firstOverall + secondOverall) / 2);
  expect(mean).toBeLessThan(90);
  await expect.poll(async () => (await lmsState(page)).status).toBe('failed');
  expect((await lmsState(page)).raw).toBe(String(mean));
});
