/**
 * The form kit: one way to show a field, its help, its error and its "not known yet" note, used by
 * the record, the wizard, settings and security. Controls look the same everywhere (controls.css).
 */
import './controls.css';

export { ChoiceField, optionsFrom } from './ChoiceField';
export { DateTimeField } from './DateTimeField';
export { Field } from './Field';
export type { FieldProps } from './Field';
export { FieldGroup } from './FieldGroup';
export { FieldNotes } from './FieldNotes';
export { controlProps, fieldNoteIds } from './field-ids';
export type { ControlProps } from './field-ids';
