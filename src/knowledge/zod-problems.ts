import type { z } from 'zod';
import type { Problem } from './types.ts';
import type { LocatedYaml } from './yaml-locate.ts';

/** Says where a field is, in words an admin reads: `entry 3, field "quote"`. */
function describePath(path: readonly PropertyKey[], what: string): string {
  const [first, ...rest] = path;
  const head = typeof first === 'number' ? `${what} ${first + 1}` : what;
  const fields = (typeof first === 'number' ? rest : path).map(String);
  return fields.length === 0 ? head : `${head}, field "${fields.join('.')}"`;
}

/**
 * Turns zod's issues into located problems: each points at the YAML node it is about (the key
 * itself for an unknown field; the enclosing mapping for a missing one).
 */
export function zodProblems(
  error: z.ZodError,
  located: LocatedYaml,
  what: string,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  return error.issues.flatMap((found) => {
    const issue = { ...found, path: [...prefix, ...found.path] };
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        located.at(issue.path, `${describePath(issue.path, what)}: unknown field "${key}"`, key),
      );
    }
    const missing = issue.code === 'invalid_type' && !located.has(issue.path);
    const message = missing
      ? `${describePath(issue.path.slice(0, -1), what)}: missing required field "${String(issue.path.at(-1))}"`
      : `${describePath(issue.path, what)}: ${issue.message}`;
    return [located.at(missing ? issue.path.slice(0, -1) : issue.path, message)];
  });
}
