import type { FieldErrors, FieldValues } from 'react-hook-form';

/** The message for a dotted field path (for example `actions.2.dueDate`), if any. */
export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** Builds the nested errors object react-hook-form expects from dotted paths. */
export function nestErrors(problems: readonly { field: string; message: string }[]): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  for (const { field, message } of problems) {
    const parts = field.split('.');
    let node = errors;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        if (!node[part]) node[part] = { type: 'manual', message };
      } else {
        node[part] = (node[part] as Record<string, unknown> | undefined) ?? {};
        node = node[part] as Record<string, unknown>;
      }
    });
  }
  return errors;
}
