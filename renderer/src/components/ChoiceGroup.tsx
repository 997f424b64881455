// The form kit holds the one implementation; this name stays for code written against it.
export { ChoiceField as ChoiceGroup, optionsFrom } from '../form-kit';
