/** The ids a field's help, "not known yet" note and error get, and the aria-describedby that points at them. */
export function fieldNoteIds(id: string, help: string | undefined, error: string | undefined, notKnown?: string) {
  const helpId = help ? `${id}-help` : undefined;
  const notKnownId = notKnown ? `${id}-not-known` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { helpId, notKnownId, errorId, describedBy: [helpId, notKnownId, errorId].filter(Boolean).join(' ') || undefined };
}

/** The attributes a control inside a field takes, so its label, help and error are read with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid': boolean;
}

export function controlProps(id: string, describedBy: string | undefined, invalid: boolean): ControlProps {
  return { id, 'aria-invalid': invalid, ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}
