/**
 * Which rules produced an assessment; saved with it so an old decision can be explained
 * later. Bump on any change to rules.ts, unknowns.ts, judge.ts or telling.ts.
 */
export const ENGINE_VERSION = 'breachlog-risk-rules/1.1.0';
