import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { competencies, competencyIds, findCompetency } from '../../src/engine/competencies/catalogue';
import { competencyTranslations } from '../../src/engine/competencies/translations';

const profile = readFileSync(
  resolve('src/engine/competencies/forem-D140801-1-operateur-call-center.txt'),
  'utf8',
);

/** Every savoir-faire line of the profile with the number of the activity block it sits in. */
function savoirFaireLines(): { text: string; block: number }[] {
  const lines: { text: string; block: number }[] = [];
  let block = 0;
  let inSavoirFaire = false;
  for (const raw of profile.split('\n')) {
    const line = raw.trim();
    if (line === 'Savoir Faire') {
      block += 1;
      inSavoirFaire = true;
    } else if (line === 'Savoir' || !line.startsWith('- ')) {
      inSavoirFaire = false;
    } else if (inSavoirFaire && !line.startsWith("- Il n'y a pas de savoir-faire")) {
      lines.push({ text: line.slice(2), block });
    }
  }
  return lines;
}

describe('the competency catalogue', () => {
  it('holds every savoir-faire line of the job profile in its exact wording', () => {
    const lines = savoirFaireLines();
    expect(lines.length).toBeGreaterThan(60);
    const labels = new Set(competencies.map((c) => c.label));
    expect(lines.filter((line) => !labels.has(line.text)).map((line) => line.text)).toEqual([]);
  });

  it('has no entry that the profile does not contain', () => {
    const texts = new Set(savoirFaireLines().map((line) => line.text));
    expect(competencies.filter((c) => !texts.has(c.label)).map((c) => c.id)).toEqual([]);
  });

  it('records every block a repeated line appears in', () => {
    for (const line of savoirFaireLines()) {
      const entry = competencies.find((c) => c.label === line.text);
      expect(entry?.blocks, line.text).toContain(line.block);
    }
  });

  it('gives each entry a unique kebab-case id', () => {
    expect(new Set(competencyIds).size).toBe(competencyIds.length);
    for (const id of competencyIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(findCompetency('secret-professionnel')?.label).toBe('Garantit le secret professionnel');
  });

  it('translates every entry into Dutch and English', () => {
    for (const id of competencyIds) {
      expect(competencyTranslations[id]?.nl, id).toBeTruthy();
      expect(competencyTranslations[id]?.en, id).toBeTruthy();
    }
    expect(Object.keys(competencyTranslations).sort()).toEqual([...competencyIds].sort());
  });

  it('marks the team-lead lines as not assessable by a call, and the call lines as assessable', () => {
    expect(findCompetency('recrutement')?.assessable).toBe(false);
    expect(findCompetency('organise-reunions')?.assessable).toBe(false);
    expect(findCompetency('discute-formation')?.assessable).toBe(false);
    expect(findCompetency('prend-appels-urgence')?.assessable).toBe(true);
    for (const c of competencies) expect(c.assessable).toBe(c.callTypes.length > 0);
  });
});
