/** Placeholder until the section is built. */
export default function AssignmentComposer() {
  return null;
}
