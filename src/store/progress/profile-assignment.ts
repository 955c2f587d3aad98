import type { Assignment } from '../../engine/assignment/assignment';

/** A trainer's assignment as one trainee accepted it (the same assignment may be in several profiles). */
export interface ProfileAssignment {
  /** `<profileId>/<assignmentId>`: the store's key, so accepting it twice changes nothing. */
  key: string;
  /** The trainee it belongs to. */
  profileId: string;
  /** When it was accepted (ms since epoch). */
  receivedAt: number;
  /** The assignment, as the link or short code carried it. */
  assignment: Assignment;
}

export const profileAssignmentKey = (profileId: string, assignmentId: string) =>
  `${profileId}/${assignmentId}`;
