/**
 * The form kit: one way to show a field, its help, its "how to choose", its error and its
 * "not known yet" choice, used by the record, the wizard, settings and security. Controls look
 * the same everywhere (controls.css).
 */
import './controls.css';

export { Choice, notKnownLast } from './Choice';
export type { ChoiceOption } from './Choice';
export { ChoiceField, RadioField, optionsFrom } from './ChoiceField';
export { DateTimeField } from './DateTimeField';
export { Field } from './Field';
export type { FieldProps } from './Field';
export { FieldGroup } from './FieldGroup';
export type { FieldGroupProps } from './FieldGroup';
export { FieldNotes } from './FieldNotes';
export { controlProps, fieldNoteIds } from './field-ids';
export type { ControlProps, FieldNoteTexts } from './field-ids';
export { issuesByPath } from './issues-by-path';
export { ConfirmRemoval } from './ConfirmRemoval';
export { useUkDateTime } from './use-uk-date-time';
export { DateRangeField, useDateRange } from './DateRangeField';
export type { DateRangeState } from './DateRangeField';
