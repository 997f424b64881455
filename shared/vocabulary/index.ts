/** The one vocabulary: every closed-list value's words, for the record, the wizard, the documents and the CSV. */
export * from './advice';
export * from './data-categories';
export * from './record-values';
export * from './dashboard';
export * from './roles';
export * from './attachments';
export * from './backup';
export * from './trail-actions';
