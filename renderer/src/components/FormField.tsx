import type { ReactNode } from 'react';
import { Field } from '../form-kit';

/**
 * The form kit's Field for code that takes the control's describedby and invalid state as two
 * arguments; new code uses Field from '../form-kit' directly.
 */
export function FormField(props: {
  id: string;
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const { children, ...field } = props;
  return <Field {...field}>{(control) => children(control['aria-describedby'], control['aria-invalid'])}</Field>;
}
