import type { Language } from '../call-types';
import type { Scenario } from '../scenario/types';

/**
 * Statements known to be wrong in Belgium (see shared domain facts). Each rule names the fact it protects
 * and where it comes from, so a failing lint explains itself. Patterns are matched on the text of one line,
 * option, feedback or summary, lower-cased.
 */
export interface FactRule {
  /** Stable id. */
  id: string;
  /** Languages the pattern is written for. */
  languages: readonly Language[];
  /** A statement that is wrong. */
  wrong: RegExp;
  /** Text that makes the match acceptable (e.g. the statement is quoted as a mistake in feedback). */
  unless?: RegExp;
  /** What is true instead, and the source. */
  fact: string;
}

export const factRules: readonly FactRule[] = [
  {
    id: 'withdrawal-calendar-days',
    languages: ['fr'],
    wrong:
      /(rétractation|renonciation)[^.]{0,80}jours ouvrables|jours ouvrables[^.]{0,80}(rétractation|renonciation)/,
    unless:
      /\b(pas|non|jamais|erreur|faux|calendrier)\b[^.]{0,40}ouvrables|ouvrables[^.]{0,40}\b(pas|non|faux|erreur)\b/,
    fact: 'The right of withdrawal is 14 calendar days (Code de droit économique; economie.fgov.be).',
  },
  {
    id: 'withdrawal-calendar-days',
    languages: ['nl'],
    wrong: /(herroeping|bedenktijd)[^.]{0,80}werkdagen|werkdagen[^.]{0,80}(herroeping|bedenktijd)/,
    unless: /(geen|niet|fout)[^.]{0,40}werkdagen|kalenderdagen/,
    fact: 'The right of withdrawal is 14 calendar days (kalenderdagen).',
  },
  {
    id: 'withdrawal-calendar-days',
    languages: ['en'],
    wrong:
      /withdraw[^.]{0,80}working days|working days[^.]{0,80}withdraw|business days[^.]{0,80}withdraw|withdraw[^.]{0,80}business days/,
    unless: /(not|never|wrong|mistake)[^.]{0,40}(working|business) days|calendar days/,
    fact: 'The right of withdrawal is 14 calendar days.',
  },
  {
    id: 'withdrawal-fourteen-days',
    languages: ['fr', 'nl', 'en'],
    wrong:
      /\b(7|8|10|15|30)\s*(jours|dagen|days)[^.]{0,40}(rétractation|herroeping|withdraw)|(rétractation|herroeping|withdraw)[^.]{0,40}\b(7|8|10|15|30)\s*(jours|dagen|days)/,
    unless: /\b(pas|niet|not|faux|fout|wrong|erreur|mistake)\b/,
    fact: 'The right of withdrawal lasts 14 days, not another number.',
  },
  {
    id: 'ambulance-via-police',
    languages: ['fr', 'nl', 'en'],
    wrong:
      /(ambulance|smur|pompiers|brandweer|fire brigade)[^.]{0,60}\b101\b|\b101\b[^.]{0,60}(ambulance|smur|pompiers|brandweer|fire brigade)/,
    unless:
      /(pas|niet|not|jamais|nooit|never|police|politie)[^.]{0,60}\b101\b|\b101\b[^.]{0,30}(police|politie)/,
    fact: '112 sends ambulances and fire brigades; 101 is the police (112.be, police.be).',
  },
  {
    id: 'french-calling-hours',
    languages: ['fr', 'nl', 'en'],
    wrong:
      /10\s*h?\s*[-–à]\s*13\s*h|10[:.]00\s*[-–]\s*13[:.]00|14\s*h?\s*[-–à]\s*20\s*h[^.]{0,60}(loi|wet|law|interdit|verboden|forbidden)/,
    unless: /(france|français|frankrijk|french)/,
    fact: 'No general Belgian calling-hours law: the French 10–13h/14–20h rule is not Belgian law; the energy suppliers’ code says 9h–20h for signatories.',
  },
  {
    id: 'do-not-call-number',
    languages: ['fr', 'nl', 'en'],
    wrong: /(ne m.appelez plus|bel-me-niet-meer|do not call)[^.]{0,80}\b0\d(?:[\s./]?\d){7,8}\b/,
    unless: /02[\s./]?882[\s./]?19[\s./]?75/,
    fact: '« Ne m’appelez plus » registration number: 02 882 19 75 (dncm.be).',
  },
  {
    id: 'do-not-call-expiry',
    languages: ['fr', 'nl', 'en'],
    wrong:
      /(ne m.appelez plus|bel-me-niet-meer|do not call)[^.]{0,100}(expire|vervalt|expires)\s+(après|na|after)/,
    unless: /\b(pas|niet|not|n'expire|never|jamais|nooit|geen)\b/,
    fact: 'A « Ne m’appelez plus » registration has no end date (dncm.be).',
  },
  {
    id: 'poison-centre-number',
    languages: ['fr', 'nl', 'en'],
    wrong: /(antipoison|antigif|poison centre|poison control)[^.]{0,60}\b0\d(?:[\s./]?\d){7,8}\b/,
    unless: /070[\s./]?245[\s./]?245/,
    fact: 'Centre antipoisons: 070 245 245 (centreantipoisons.be).',
  },
  {
    id: 'gp-on-duty-number',
    languages: ['fr', 'nl', 'en'],
    wrong:
      /(médecin de garde|huisarts(en)?wachtpost|wachtdienst|gp on duty|doctor on duty)[^.]{0,50}\b1\d{2,3}\b/,
    unless: /\b1733\b/,
    fact: 'The GP on duty is reached on 1733 (health.belgium.be).',
  },
  {
    id: 'storm-line',
    languages: ['fr', 'nl', 'en'],
    wrong: /\b1722\b[^.]{0,80}(urgence vitale|incendie|feu|brand|fire|ambulance|blessé|gewond|injured)/,
    unless: /\b(pas|niet|not|seulement|alleen|only|tempête|storm|inondation|overstroming|flood)/,
    fact: '1722 is only for non-urgent storm and flood help; life-threatening emergencies go to 112.',
  },
  {
    id: 'gas-call-outside',
    languages: ['fr', 'nl', 'en'],
    wrong: /(gaz|gas)[^.]{0,80}(allumez|allumer la lumière|licht aan|switch on the light|turn on the light)/,
    unless: /\b(n'|ne|pas|niet|geen|not|never|don't|jamais|nooit)\b/,
    fact: 'Gas smell: no switches, sparks or flame; leave and phone from outside (ORES, 112.be).',
  },
];

/** One wrong statement found in a scenario. */
export interface FactProblem {
  /** Scenario key `<id>.<language>`. */
  scenario: string;
  /** Where in the scenario (e.g. steps.accueil.options[1].feedback). */
  path: string;
  /** The rule broken. */
  rule: string;
  /** What is true instead. */
  fact: string;
  /** The offending text. */
  text: string;
}

/** Every text of a scenario with its path: lines, options, feedback, endings, summary, screen. */
function textsOf(scenario: Scenario): [string, string][] {
  const texts: [string, string][] = [
    ['title', scenario.title],
    ['summary', scenario.summary],
    ['persona.situation', scenario.persona.situation],
    ['persona.wants', scenario.persona.wants],
  ];
  scenario.screen.forEach((field, i) => texts.push([`screen[${i}]`, `${field.label}: ${field.value}`]));
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    if (step.caller) texts.push([`steps.${stepId}.caller`, step.caller]);
    if (step.situation) texts.push([`steps.${stepId}.situation`, step.situation]);
    step.options.forEach((option, i) => {
      texts.push([`steps.${stepId}.options[${i}].text`, option.text]);
      // Feedback may quote a wrong statement to correct it; the `unless` patterns let that through.
      texts.push([`steps.${stepId}.options[${i}].feedback`, option.feedback]);
    });
  }
  for (const [endingId, ending] of Object.entries(scenario.endings)) {
    texts.push([`endings.${endingId}.summary`, ending.summary]);
    if (ending.caller) texts.push([`endings.${endingId}.caller`, ending.caller]);
  }
  return texts;
}

/**
 * Scans the texts a trainee may take as true. Wrong options are exempt from the lint only for their
 * `text` (a tempting wrong answer may state a wrong fact on purpose); their feedback must correct it.
 */
export function lintFacts(scenario: Scenario): FactProblem[] {
  const wrongOptionTexts = new Set(
    Object.entries(scenario.steps).flatMap(([stepId, step]) =>
      step.options.flatMap((o, i) =>
        o.rating === 'wrong' || o.rating === 'weak' ? [`steps.${stepId}.options[${i}].text`] : [],
      ),
    ),
  );
  const problems: FactProblem[] = [];
  for (const [path, raw] of textsOf(scenario)) {
    if (wrongOptionTexts.has(path)) continue;
    const text = raw.toLowerCase();
    for (const rule of factRules) {
      if (!rule.languages.includes(scenario.language)) continue;
      if (rule.wrong.test(text) && !(rule.unless?.test(text) ?? false)) {
        problems.push({
          scenario: `${scenario.id}.${scenario.language}`,
          path,
          rule: rule.id,
          fact: rule.fact,
          text: raw,
        });
      }
    }
  }
  return problems;
}
