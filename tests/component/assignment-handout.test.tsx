import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { AssignmentOutput } from '../../src/ui/trainer/assign/AssignmentOutput';
import { PackageAssignment } from '../../src/ui/trainer/package-assignment';
import { expectNoAxeViolations } from '../support/axe';

const assignment: Assignment = {
  id: '0c8e7a52-9f1d-4c3b-a2e5-6b7d8c9e0f1a',
  title: 'Semaine 3',
  scenarios: ['colis-en-retard'],
  mode: 'practice',
  callLanguage: 'fr',
  passMark: 70,
  createdAt: 1,
};
const handout = { assignment, link: 'http://127.0.0.1/#assignment=AAAA', code: 'DC-0000-0000-00' };

describe('the assignment handout', () => {
  it('in the trainer area, takes the assignment to the LMS section to be packaged', async () => {
    const packageIt = vi.fn();
    const view = render(
      <PackageAssignment value={packageIt}>
        <AssignmentOutput handout={handout} callTitles={['Le colis qui n’arrive pas']} />
      </PackageAssignment>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Créer le paquet SCORM de ce devoir' }));
    expect(packageIt).toHaveBeenCalledWith(assignment);
    await expectNoAxeViolations(view.container);
  });

  it('elsewhere, offers no packaging', () => {
    render(<AssignmentOutput handout={handout} callTitles={['Le colis qui n’arrive pas']} />);
    expect(screen.queryByRole('button', { name: 'Créer le paquet SCORM de ce devoir' })).toBeNull();
  });
});
