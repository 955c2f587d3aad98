/** Placeholder until the section is built. */
export default function LmsPackage() {
  return null;
}
