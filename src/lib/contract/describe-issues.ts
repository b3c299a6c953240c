import type * as z from 'zod/mini';

/** "appointQuality.setCounts[1].count" for a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One line per problem, each starting with the field it is about: what resultDesc carries. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = formatPath(issue.path);
      return field === '' ? issue.message : `${field} ${issue.message}`;
    })
    .join('; ');
}
