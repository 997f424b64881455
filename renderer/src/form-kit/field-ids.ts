/** What a field may say about itself, under its label or legend. */
export interface FieldNoteTexts {
  help?: string | undefined;
  /** "How to choose": how to tell apart options a non-expert could take for the same situation. */
  howToChoose?: string | undefined;
  /** What it means that nothing is filled in yet (see FieldNotes). */
  notKnown?: string | undefined;
  error?: string | null | undefined;
}

/** The ids a field's help, "how to choose", "not known yet" note and error get, and the aria-describedby that points at them. */
export function fieldNoteIds(id: string, notes: FieldNoteTexts) {
  const helpId = notes.help ? `${id}-help` : undefined;
  const howToChooseId = notes.howToChoose ? `${id}-how-to-choose` : undefined;
  const notKnownId = notes.notKnown ? `${id}-not-known` : undefined;
  const errorId = notes.error ? `${id}-error` : undefined;
  const describedBy = [helpId, howToChooseId, notKnownId, errorId].filter(Boolean).join(' ') || undefined;
  return { helpId, howToChooseId, notKnownId, errorId, describedBy };
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
