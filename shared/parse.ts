import type { z } from 'zod';
import type { FieldIssue, Result } from './result';
import { fail, ok } from './result';

/** Turns zod's issues into `path: message` pairs a form can place beside its fields. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
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
