import type { z } from 'zod';
import type { FieldIssue, Result } from './result';
import { fail, ok } from './result';

/** How much of an unknown key (or any path segment) a refusal quotes back. */
export const QUOTED_KEY_MAX = 40;
/** How many issues a refusal lists; the rest are counted, not listed. */
export const ISSUES_MAX = 20;

/** A name from the request, shortened so a refusal never echoes a megabyte back. */
export function quoted(text: string, max = QUOTED_KEY_MAX): string {
  let kept = '';
  let count = 0;
  // By code point, so a surrogate pair is never cut into invalid text.
  for (const point of text) {
    if (count === max) return `${kept}…`;
    kept += point;
    count += 1;
  }
  return text;
}

/** Turns zod's issues into `path: message` pairs a form can place beside its fields. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const issues = error.issues.slice(0, ISSUES_MAX).map((issue) => ({
    path: issue.path.map((segment) => quoted(String(segment))).join('.'),
    // zod's own message for unknown keys quotes every key in full.
    message: issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : issue.message,
  }));
  const more = error.issues.length - issues.length;
  if (more > 0) issues.push({ path: '', message: `and ${more.toLocaleString('en-GB')} more` });
  return issues;
}

function unknownKeysMessage(keys: readonly string[]): string {
  const named = keys.slice(0, 3).map((key) => `"${quoted(key)}"`);
  const rest = keys.length > named.length ? ` and ${(keys.length - named.length).toLocaleString('en-GB')} more` : '';
  return `${keys.length === 1 ? 'Unknown field' : 'Unknown fields'} ${named.join(', ')}${rest}`;
}

/** Parses untrusted data; accepts only `unknown` so callers can't skip validation by accident. */
export function parseUnknown<S extends z.ZodType>(schema: S, data: unknown): Result<z.output<S>> {
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = schema.safeParse(data) as z.ZodSafeParseResult<z.output<S>>;
  } catch {
    // A refinement can itself throw on hostile input (a cycle or a BigInt given to JSON.stringify).
    return fail('invalid_input', 'This request could not be read.', [{ path: '', message: 'This request could not be read' }]);
  }
  if (parsed.success) return ok(parsed.data);
  const issues = toFieldIssues(parsed.error);
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return fail('invalid_input', `Some details need attention: ${summary}`, issues);
}
