/**
 * The breach risk-assessment engine: pure, deterministic, imports only zod.
 * Start with rules.ts for how a decision is made.
 */
export * from './answers';
export { assessBreach } from './engine';
export { QUESTIONS, isQuestionAsked } from './questions';
export type { AnswerOption, AnyQuestion, OptionValue, Question } from './questions';
export * from './result';
export { ENGINE_VERSION } from './version';
