import { Field } from '../form-kit';

/** A labelled password input; browsers may offer to save or fill it, as the autoComplete hint says. */
export function PasswordField(props: { id: string; label: string; value: string; onChange: (value: string) => void; autoComplete?: string }) {
  return (
    <Field id={props.id} label={props.label}>
      {(control) => (
        <input type="password" autoComplete={props.autoComplete ?? 'new-password'} value={props.value} onChange={(event) => props.onChange(event.target.value)} {...control} />
      )}
    </Field>
  );
}
