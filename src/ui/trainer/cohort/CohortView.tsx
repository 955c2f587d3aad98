/** Placeholder until the section is built. */
export default function CohortView() {
  return null;
}
