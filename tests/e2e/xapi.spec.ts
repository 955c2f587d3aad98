import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { deriveAssignmentId } from '../../src/engine/assignment/assignment-id';
import { encodeAssignmentPayload } from '../../src/engine/assignment/assignment-link';
import { isOutbound } from '../../src/engine/call-types';
import { createFakeLrs } from '../support/fake-lrs';
import { statementProblems } from '../support/xapi-validate';
import { bestRoute, expectNoAxeViolations, playWell, shippedScenarios, spoken } from './support';

// The trainer's LRS: a small HTTP server on loopback, on its own port (E2E_LRS_PORT lets checkouts coexist).
const credentials = { username: 'decroche-cle', password: 'ecriture-seule' };
const lrs = createFakeLrs({ port: Number(process.env.E2E_LRS_PORT ?? 4195), ...credentials });

test.afterEach(() => lrs.stop());

const scenario = shippedScenarios.find((s) => s.id === 'colis-en-retard' && s.language === 'fr');
const verbOf = (statement: Record<string, unknown>) =>
  String((statement.verb as { id: string }).id)
    .split('/')
    .pop();

/** Plays the assignment's call from « Mon parcours » to its debrief. */
async function playAssigned(page: Page, assignment: Assignment) {
  if (!scenario) throw new Error('colis-en-retard.fr is not shipped');
  await page.getByRole('button', { name: 'Mon parcours' }).click();
  await page
    .getByRole('button', { name: `Jouer « ${spoken(scenario.title)} » (devoir « ${assignment.title} »)` })
    .click();
  await page
    .getByRole('button', { name: isOutbound(scenario.callType) ? 'Lancer l’appel' : 'Décrocher' })
    .click();
  await playWell(page, scenario);
  await expect(page.getByRole('heading', { level: 1, name: /Débriefing/ })).toBeVisible();
}

test('a call played for an assignment with an LRS reports every step in valid xAPI, and queues while the LRS is down', async ({
  page,
}) => {
  test.setTimeout(120_000);
  if (!scenario) throw new Error('colis-en-retard.fr is not shipped');
  await lrs.start();
  const essentials = {
    scenarios: [scenario.id],
    mode: 'practice' as const,
    callLanguage: 'fr' as const,
    passMark: 50,
  };
  const assignment: Assignment = {
    id: await deriveAssignmentId(essentials, 321),
    title: 'Semaine 3 — relevés xAPI',
    ...essentials,
    lrs: { endpoint: lrs.url, ...credentials },
    issuedBy: 'Formatrice Dupont',
    createdAt: Date.now(),
  };
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));

  // The trainee opens the trainer's link and accepts the assignment into a new profile.
  await page.goto(`/#assignment=${await encodeAssignmentPayload(assignment)}`);
  await expect(page.getByRole('heading', { name: 'Devoir reçu' })).toBeVisible();
  await page.getByLabel('Nom du nouveau profil').fill('Amina B.');
  await page.getByRole('button', { name: 'Accepter le devoir' }).click();
  await expect(page.getByText(`Devoir « ${assignment.title} » ajouté au profil « Amina B. ».`)).toBeVisible();
  await page.keyboard.press('Escape');
  expect(lrs.requests).toEqual([]); // accepting sends nothing

  const route = bestRoute(scenario);
  const expectedVerbs = ['launched', ...route.map(() => 'answered'), 'completed', 'passed'];
  await playAssigned(page, assignment);
  await expect.poll(() => lrs.statements.length, { timeout: 15_000 }).toBe(expectedVerbs.length);
  const first = [...lrs.statements];
  expect(first.map(verbOf)).toEqual(expectedVerbs);
  for (const statement of first) expect(statementProblems(statement), String(statement.id)).toEqual([]);
  expect(first.map((s) => (s.result as { response?: string } | undefined)?.response).slice(1, -2)).toEqual(
    route,
  );
  expect(new Set(first.map((s) => (s.context as { registration: string }).registration))).toEqual(
    new Set([assignment.id]),
  );
  expect(first[0]?.actor).toMatchObject({
    name: 'Amina B.',
    account: { homePage: new URL(page.url()).origin },
  });
  // Every POST carried the version header and the trainer's credentials (the server refuses others).
  const posts = lrs.requests.filter((r) => r.method === 'POST');
  expect(posts.length).toBeGreaterThan(0);
  for (const post of posts) {
    expect(post).toMatchObject({ path: '/xapi/statements', version: '1.0.3' });
    expect(post.authorization).toBe(
      `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
    );
  }
  // Privacy: the only host besides the app's own is the LRS the trainer configured.
  expect([...hosts].sort()).toEqual([new URL(page.url()).host, new URL(lrs.url).host].sort());

  // The LRS goes down: the next call's statements wait in the browser.
  await lrs.stop();
  await page.getByRole('button', { name: 'Retour à mes devoirs' }).click();
  await playAssigned(page, assignment);
  await page.getByRole('button', { name: 'Mon parcours' }).click();
  const records = page.getByRole('region', { name: 'Relevés pour votre formateur' });
  await expect(records.getByRole('status')).toHaveText(`${expectedVerbs.length} relevés en attente d’envoi.`);
  await expect(records.getByRole('alert')).toContainText(`Le serveur de relevés ${lrs.url} ne répond pas.`);
  expect(lrs.statements).toHaveLength(expectedVerbs.length);
  await expectNoAxeViolations(page, 'records waiting');

  // It is back: « Réessayer » sends them, in order.
  await lrs.start();
  await records.getByRole('button', { name: 'Réessayer' }).click();
  await expect(records.getByRole('status')).toHaveText('Tous vos relevés ont été envoyés.');
  const second = lrs.statements.slice(expectedVerbs.length);
  expect(second.map(verbOf)).toEqual(expectedVerbs);
  for (const statement of second) expect(statementProblems(statement), String(statement.id)).toEqual([]);
  const attemptOf = (s: Record<string, unknown>) =>
    (s.context as { extensions: Record<string, string> }).extensions[
      'https://w3id.org/decroche/extension/attempt'
    ];
  expect(new Set(second.map(attemptOf)).size).toBe(1);
  expect(attemptOf(second[0] ?? {})).not.toBe(attemptOf(first[0] ?? {}));
  expect(new Set(lrs.statements.map((s) => s.id)).size).toBe(2 * expectedVerbs.length);
});
