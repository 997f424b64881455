import { z } from 'zod';

/** The person's answer to "Start Breachlog when I sign in"; `unset` until they choose. */
export const startAtSignInChoiceSchema = z.enum(['on', 'off', 'unset']);
export type StartAtSignInChoice = z.infer<typeof startAtSignInChoiceSchema>;

/**
 * Whether Breachlog starts (to the tray) when the person signs in to the computer. Their own
 * choice wins; until they make one it is on exactly while a 72-hour clock runs, so reminders
 * still arrive after a restart.
 */
export function shouldOpenAtLogin(input: { userChoice: StartAtSignInChoice; clockRunning: boolean }): boolean {
  if (input.userChoice === 'on') return true;
  if (input.userChoice === 'off') return false;
  return input.clockRunning;
}
