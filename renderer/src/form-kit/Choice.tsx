import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

/** One option of a choice: its value, its label, an optional hint under the label. */
export interface ChoiceOption<V extends string = string> {
  value: V;
  label: string;
  hint?: string | undefined;
  /** Said in brackets after the label, such as "now" for the setting in force. */
  tag?: string | undefined;
  /** The "not known yet" answer: drawn apart, after the answers that say something. */
  notKnown?: boolean;
}

/**
 * One radio button or tick box with its label, an optional hint read with it, and an optional
 * tag after the label (such as "from the record"). Every choice in the app is drawn by this.
 */
export function Choice(props: {
  id: string;
  type: 'radio' | 'checkbox';
  label: ReactNode;
  hint?: string | undefined;
  tag?: string | undefined;
  notKnown?: boolean | undefined;
  /** The input's own attributes: a form registration, or checked and onChange. */
  input: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { ref?: Ref<HTMLInputElement> };
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div className={props.notKnown ? 'choice choice-not-known' : 'choice'}>
      <input id={props.id} type={props.type} aria-describedby={hintId} {...props.input} />
      <label htmlFor={props.id}>
        {props.label}
        {props.tag ? <span className="choice-tag"> ({props.tag})</span> : null}
      </label>
      {props.hint ? (
        <p className="help choice-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** The options with the "not known yet" ones last, so every list reads the same way. */
export function notKnownLast<O extends { notKnown?: boolean }>(options: readonly O[]): O[] {
  return [...options.filter((option) => !option.notKnown), ...options.filter((option) => option.notKnown)];
}
