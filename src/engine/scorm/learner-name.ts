/**
 * The learner's name as people write it. SCORM 1.2 gives cmi.core.student_name as « Last, First »
 * (« Dupont, Marie »); the app shows « Marie Dupont ». A name without a comma is kept as it is.
 */
export function learnerDisplayName(scormName: string): string {
  const [last, ...rest] = scormName.split(',');
  const first = rest.join(',').trim();
  const family = (last ?? '').trim();
  return (first === '' ? family : `${first} ${family}`).replace(/\s+/g, ' ').trim();
}
