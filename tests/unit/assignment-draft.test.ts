import { describe, expect, it } from 'vitest';
import { checkDraft, composeAssignment, emptyDraft } from '../../src/engine/assignment/assignment-draft';
import type { AssignmentDraft } from '../../src/engine/assignment/assignment-draft';
import { hasDerivedId } from '../../src/engine/assignment/assignment-id';
import { checkAssignment } from '../../src/engine/assignment/assignment-schema';

const catalogue = [
  { id: 'colis-en-retard', language: 'fr' as const },
  { id: 'colis-en-retard', language: 'nl' as const },
  { id: 'odeur-gaz', language: 'fr' as const },
];
const today = '2026-03-02';
const valid: AssignmentDraft = {
  ...emptyDraft(),
  title: ' Semaine 3 ',
  scenarios: ['odeur-gaz', 'colis-en-retard'],
};
const codes = (draft: Partial<AssignmentDraft>) =>
  checkDraft({ ...valid, ...draft }, catalogue, today).map((p) => `${p.field}:${p.code}`);

describe('the composer’s checks', () => {
  it('accept a complete form, with a pass mark of 70 by default and no due date', () => {
    expect(codes({})).toEqual([]);
    expect(emptyDraft().passMark).toBe('70');
  });

  it('name every field to fix', () => {
    expect(codes({ title: '  ', scenarios: [] })).toEqual(['title:titleRequired', 'scenarios:scenariosNone']);
    expect(codes({ title: 'x'.repeat(121) })).toEqual(['title:titleTooLong']);
    expect(codes({ due: '2026-03-01' })).toEqual(['due:duePast']);
    expect(codes({ due: today })).toEqual([]);
    expect(codes({ due: '2026-02-30' })).toEqual(['due:dueInvalid']);
    expect(codes({ due: '2150-01-01' })).toEqual(['due:dueTooFar']);
    for (const passMark of ['', '101', '-1', '7.5', 'abc'])
      expect(codes({ passMark }), passMark).toEqual(['passMark:passMarkInvalid']);
    for (const passMark of ['0', '100', ' 55 ']) expect(codes({ passMark }), passMark).toEqual([]);
  });

  it('name the chosen calls missing in the call language', () => {
    expect(checkDraft({ ...valid, callLanguage: 'nl' }, catalogue, today)).toEqual([
      { field: 'scenarios', code: 'scenariosMissingLanguage', ids: ['odeur-gaz'] },
    ]);
  });

  it('want all three LRS fields once one is filled, and an https address ending with /', () => {
    expect(codes({ lrsUsername: 'cle' })).toEqual([
      'lrsEndpoint:lrsEndpointInvalid',
      'lrsPassword:lrsPasswordRequired',
    ]);
    const lrs = { lrsUsername: 'cle', lrsPassword: 's' };
    expect(codes({ ...lrs, lrsEndpoint: 'http://lrs.example.org/xapi/' })).toEqual([
      'lrsEndpoint:lrsEndpointInvalid',
    ]);
    expect(codes({ ...lrs, lrsEndpoint: 'https://lrs.example.org/xapi' })).toEqual([
      'lrsEndpoint:lrsEndpointInvalid',
    ]);
    expect(codes({ ...lrs, lrsEndpoint: 'https://lrs.example.org/xapi/' })).toEqual([]);
    expect(codes({ ...lrs, lrsEndpoint: 'http://localhost:8080/xapi/' })).toEqual([]);
  });
});

describe('a composed assignment', () => {
  it('is valid, trimmed, keeps the order, and has an id derived from its essentials', async () => {
    const assignment = await composeAssignment({ ...valid, issuedBy: '  ', due: '2026-03-20' }, 42, 5);
    expect(checkAssignment(assignment)).toEqual({ ok: true, assignment });
    expect(assignment).toMatchObject({
      title: 'Semaine 3',
      scenarios: ['odeur-gaz', 'colis-en-retard'],
      passMark: 70,
    });
    expect(assignment).not.toHaveProperty('issuedBy');
    expect(assignment).not.toHaveProperty('lrs');
    expect(assignment.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await hasDerivedId(assignment)).toBe(true);
    const other = await composeAssignment({ ...valid, issuedBy: '  ', due: '2026-03-20' }, 42, 6);
    expect(other.id).not.toBe(assignment.id);
  });
});
