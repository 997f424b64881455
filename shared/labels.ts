/**
 * Plain British English for every closed list. The words live in `vocabulary/`, one file per
 * area; this module is the one place screens, documents and the CSV import them from.
 */
export * from './vocabulary';
export { CLOCK_STATE_LABELS } from './deadline';
