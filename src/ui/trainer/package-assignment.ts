import { createContext } from 'react';
import type { Assignment } from '../../engine/assignment/assignment';

/**
 * Set by the trainer area: takes a composed assignment to « Paquet pour la plateforme (LMS) », filled in
 * with it. Absent outside the area (the handout then offers no such button).
 */
export const PackageAssignment = createContext<((assignment: Assignment) => void) | undefined>(undefined);
