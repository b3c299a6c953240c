// Placeholder until the feature lands: the route module's contract is a named `Component` export.
export function Component() {
  return null;
}
