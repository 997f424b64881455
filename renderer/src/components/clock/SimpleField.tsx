import type { ReactNode } from 'react';

/** A labelled input bound to a plain value, with its help and error wired for screen readers. */
export function SimpleField(props: {
  id: string;
  label: string;
  help?: string;
  error?: string | undefined;
  children: (aria: { 'aria-describedby'?: string; 'aria-invalid': boolean; id: string }) => ReactNode;
}) {
  const describedBy = [props.help ? `${props.id}-help` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`form-field${props.error ? ' form-field-invalid' : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.help ? (
        <p className="help" id={`${props.id}-help`}>
          {props.help}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children({ id: props.id, 'aria-invalid': Boolean(props.error), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
    </div>
  );
}

/** Issues from the main process, by field path. */
export function issuesByPath(issues: readonly { path: string; message: string }[] | undefined): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues ?? []) byPath[issue.path] ??= issue.message;
  return byPath;
}
