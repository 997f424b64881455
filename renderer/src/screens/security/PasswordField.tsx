/** A labelled password input; browsers may offer to save or fill it, as the autoComplete hint says. */
export function PasswordField(props: { id: string; label: string; value: string; onChange: (value: string) => void; autoComplete?: string }) {
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autoComplete={props.autoComplete ?? 'new-password'}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
