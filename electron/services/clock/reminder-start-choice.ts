import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { StartAtSignInChoice } from '../../../shared/start-at-sign-in';
import { startAtSignInChoiceSchema } from '../../../shared/start-at-sign-in';
import { renameIntoPlace } from '../security/durable-files';

/**
 * The "Start Breachlog when I sign in" choice, in a small file beside the register: it must be
 * read before anyone unlocks (at sign-in), and says nothing about any breach.
 */

export const START_CHOICE_FILE_NAME = 'start-at-sign-in.json';

const fileSchema = z.strictObject({ startAtSignIn: startAtSignInChoiceSchema });

/** A missing or damaged file counts as not chosen, so the safe default (on while a clock runs) holds. */
export function readStartChoice(dataDir: string): StartAtSignInChoice {
  try {
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(join(dataDir, START_CHOICE_FILE_NAME), 'utf8')));
    return parsed.success ? parsed.data.startAtSignIn : 'unset';
  } catch {
    return 'unset';
  }
}

export function writeStartChoice(dataDir: string, choice: StartAtSignInChoice): void {
  const path = join(dataDir, START_CHOICE_FILE_NAME);
  const temporary = `${path}.partial`;
  writeFileSync(temporary, `${JSON.stringify({ startAtSignIn: choice })}\n`, { mode: 0o600 });
  renameIntoPlace(temporary, path);
}
