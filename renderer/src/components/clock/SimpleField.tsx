// The form kit's Field under the name the clock's forms first used; new code uses Field from the form kit.
export { Field as SimpleField } from '../../form-kit';

/** Issues from the main process, by field path. */
export function issuesByPath(issues: readonly { path: string; message: string }[] | undefined): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues ?? []) byPath[issue.path] ??= issue.message;
  return byPath;
}
