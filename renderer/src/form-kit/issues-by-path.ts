/** Issues from the main process, by field path, the first message for each path. */
export function issuesByPath(issues: readonly { path: string; message: string }[] | undefined): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues ?? []) byPath[issue.path] ??= issue.message;
  return byPath;
}
