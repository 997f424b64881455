// The form kit holds the one implementation; this name stays for code written against it.
export { DateTimeField as DateTimeFields } from '../form-kit';
