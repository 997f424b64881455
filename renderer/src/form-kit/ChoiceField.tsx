import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { ChoiceOption } from './Choice';
import { Choice, notKnownLast } from './Choice';
import type { FieldNoteTexts } from './field-ids';
import { FieldGroup } from './FieldGroup';

interface ChoiceFieldFrame extends FieldNoteTexts {
  id: string;
  legend: ReactNode;
  optional?: boolean;
  /** Options side by side in columns (long lists) or in a row (a few short ones). */
  columns?: boolean;
  inline?: boolean;
  className?: string;
  data?: Record<`data-${string}`, string>;
}

/** Radio buttons or checkboxes bound to a form, in one fieldset, all drawn the same way (controls.css). */
export function ChoiceField(
  props: ChoiceFieldFrame & {
    type: 'radio' | 'checkbox';
    options: readonly ChoiceOption[];
    registration: UseFormRegisterReturn;
  },
) {
  return (
    <ChoiceFrame {...props}>
      {notKnownLast(props.options).map((option) => (
        <Choice
          key={option.value}
          id={`${props.id}-${option.value}`}
          type={props.type}
          label={option.label}
          hint={option.hint}
          notKnown={option.notKnown}
          input={{ value: option.value, ...props.registration }}
        />
      ))}
    </ChoiceFrame>
  );
}

/** Radio buttons kept in a screen's own state: the same frame and look as ChoiceField. */
export function RadioField<V extends string>(
  props: ChoiceFieldFrame & {
    options: readonly ChoiceOption<V>[];
    value: V | null;
    onChange: (value: V) => void;
    disabled?: boolean;
  },
) {
  return (
    <ChoiceFrame {...props}>
      {notKnownLast(props.options).map((option) => (
        <Choice
          key={option.value}
          id={`${props.id}-${option.value}`}
          type="radio"
          label={option.label}
          hint={option.hint}
          tag={option.tag}
          notKnown={option.notKnown}
          input={{
            name: props.id,
            value: option.value,
            checked: props.value === option.value,
            disabled: props.disabled,
            onChange: () => props.onChange(option.value),
          }}
        />
      ))}
    </ChoiceFrame>
  );
}

function ChoiceFrame(props: ChoiceFieldFrame & { children: ReactNode }) {
  return (
    <FieldGroup
      id={props.id}
      legend={props.legend}
      help={props.help}
      howToChoose={props.howToChoose}
      notKnown={props.notKnown}
      error={props.error}
      className={['choice-group', props.className ?? ''].filter(Boolean).join(' ')}
      {...(props.optional ? { optional: true } : {})}
      {...(props.data ? { data: props.data } : {})}
    >
      <div className={['choices', props.columns ? 'choices-columns' : '', props.inline ? 'choices-inline' : ''].filter(Boolean).join(' ')}>{props.children}</div>
    </FieldGroup>
  );
}

export function optionsFrom<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
