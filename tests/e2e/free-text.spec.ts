import { expect, test } from '@playwright/test';
import { consult, expectNoAxeViolations, fillForm, openCall, optionText, shippedScenarios } from './support';

/** What a trainee types at each step of « Le colis qui n'arrive pas », in their own words. */
const typed: Record<string, string> = {
  // Close to two answers (the recording notice is missing): the trainee is asked to confirm.
  accueil: 'Wallomarché, Sarah, bonjour, comment puis-je vous aider ?',
  plainte:
    'Trois semaines, je comprends que vous soyez agacée madame, désolée. Racontez-moi, je vous écoute.',
  recit:
    "merci c'est clair, je comprends. pour ouvrir la commande je dois vérifier que c'est bien vous : votre numéro de commande et le code postal de livraison ?",
  'verification-ok':
    "merci madame Dethier. je regarde le suivi : votre colis est bloqué au dépôt de Namur depuis le 26 septembre, l'enquête n'a rien donné et on devait vous rappeler. c'est à nous de suivre, désolée.",
  constat: 'vous auriez dû être prévenue. pour quand en avez-vous besoin, et pour quelle occasion ?',
  cadeau:
    "si je comprends bien : commandé le 23, bloqué depuis le 26, deux appels pour rien, et c'est pour l'anniversaire de Lucas samedi. c'est bien ça ?",
  'reformulation-ok':
    "je vous renvoie aujourd'hui un nouveau coffret gratuitement, il part ce soir, livraison prévue jeudi ou vendredi, je ne peux pas garantir le jour, suivi par mail ce soir et je vous rappelle jeudi après-midi",
  'question-retour':
    "si l'ancien arrive vous le refusez ou vous le renvoyez sans frais, et vous avez 14 jours calendrier pour changer d'avis",
  conclusion:
    "rien de votre côté. je récapitule : nouveau coffret envoyé aujourd'hui, suivi par mail ce soir, livraison jeudi ou vendredi, je vous rappelle jeudi. autre chose ? merci madame, au revoir",
};

/** The answer each typed line is meant as (the call's best route). */
const meant: Record<string, string> = {
  accueil: 'accueil-complet',
  plainte: 'plainte-accueillie',
  recit: 'recit-verification',
  'verification-ok': 'verif-statut-assume',
  constat: 'constat-question-ouverte',
  cadeau: 'cadeau-reformulation',
  'reformulation-ok': 'solution-reexpedition',
  'question-retour': 'retour-conditions',
  conclusion: 'conclusion-recap',
};

test('a call answered in free text: typed answers, one suggestion confirmed, then the debrief', async ({
  page,
}) => {
  const scenario = shippedScenarios.find((s) => s.id === 'colis-en-retard' && s.language === 'fr');
  if (!scenario) throw new Error('the shipped library has no colis-en-retard.fr');
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));

  await page.goto('/');
  await page.getByRole('checkbox', { name: /Taper mes réponses au lieu de les choisir/ }).check();
  await openCall(page, scenario);

  const answers = page.getByRole('region', { name: 'Vos réponses' });
  const box = answers.getByRole('textbox', { name: 'Ce que vous dites' });
  const log = page.getByRole('log', { name: 'Conversation' });
  let node = scenario.start;
  while (scenario.steps[node]) {
    const words = typed[node];
    const optionId = meant[node];
    if (!words || !optionId) throw new Error(`no typed answer for step ${node}`);
    // Each new caller line puts the cursor back in the box (unless the desk is being used).
    if (!scenario.steps[node]?.consult) await expect(box, `focus at ${node}`).toBeFocused();
    await consult(page, scenario, node);
    await box.fill(words);
    if (node === scenario.start) await expectNoAxeViolations(page, 'free-text box');
    await box.press('Enter');
    if (node === scenario.start) {
      // Unsure: the two closest answers are offered; the trainee confirms the one they meant.
      await expect(answers.getByRole('status')).toContainText('Je ne suis pas sûr d’avoir compris');
      const closest = answers.getByRole('group', { name: 'Réponses les plus proches' });
      await expect(closest.getByRole('listitem')).toHaveCount(2);
      await expect(closest.getByRole('button').first()).toBeFocused();
      await expectNoAxeViolations(page, 'closest answers offered');
      await closest.getByRole('button', { name: optionText(scenario, optionId), exact: true }).click();
    }
    // Graded like a click: the transcript shows the option, and the box says how the words were taken.
    await expect(log.getByText(optionText(scenario, optionId), { exact: true })).toBeVisible();
    node = scenario.steps[node]?.options.find((o) => o.id === optionId)?.next ?? '';
    if (scenario.steps[node]) await expect(answers.getByRole('status')).toContainText('Compris comme :');
  }

  await expect(page.getByRole('heading', { name: 'Fin de l’appel' })).toBeVisible();
  await fillForm(page, scenario);
  await page.getByRole('button', { name: 'Voir le débriefing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Débriefing/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Appel bien mené' })).toBeVisible();
  // The matcher runs in the browser: nothing leaves the machine.
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});
