import type { LetterFields } from '../../../shared/documents/letter-fields';
import type { LetterState, LetterVersion, LetterVersionInfo, LetterVersionRef, SaveLetterInput } from '../../../shared/letter';
import { AppError } from '../errors';
import type { AuditTrail } from '../audit/audit-trail';
import type { Db } from '../database/open-database';
import type { LetterRepository } from './letter-repository';

function sameWords(a: LetterFields, b: LetterFields): boolean {
  return (Object.keys(a) as (keyof LetterFields)[]).every((name) => a[name] === b[name]);
}

/** What the letter service needs of the documents: the record's prefill, refused where no letter applies. */
export interface LetterPrefill {
  prefilledLetter(incidentId: number): { reference: string; fields: LetterFields };
}

/** The letter's own words, saved as versions apart from the record, each on the trail. */
export class LetterService {
  constructor(
    private readonly db: Db,
    private readonly letters: LetterRepository,
    private readonly prefill: LetterPrefill,
    private readonly audit: AuditTrail,
    private readonly clock: () => Date,
    private readonly actor: () => string,
  ) {}

  get(incidentId: number): LetterState {
    const { fields: prefilled } = this.prefill.prefilledLetter(incidentId);
    return { incidentId, fields: this.letters.latest(incidentId) ?? prefilled, prefilled, versions: this.withRestoredFrom(incidentId, this.letters.versions(incidentId)) };
  }

  /** One saved version as it was saved, to read. */
  version({ incidentId, version }: LetterVersionRef): LetterVersion {
    this.prefill.prefilledLetter(incidentId);
    const found = this.letters.version(incidentId, version);
    if (!found) throw new AppError('not_found', `This letter has no version ${version}.`);
    const [info] = this.withRestoredFrom(incidentId, [found.info]);
    return { incidentId, info: info ?? found.info, fields: found.fields };
  }

  /**
   * Makes an older version the current one again: a new version with its words, so the history
   * keeps every version as it was, and the trail says which one was brought back. Restoring words
   * the current version already has changes nothing.
   */
  restore({ incidentId, version }: LetterVersionRef): LetterState {
    const now = this.clock();
    const actor = this.actor();
    this.db.transaction(() => {
      const { reference } = this.prefill.prefilledLetter(incidentId);
      const found = this.letters.version(incidentId, version);
      if (!found) throw new AppError('not_found', `This letter has no version ${version}.`);
      // Already the current words (this version, or a second click on the same button): nothing to add.
      const current = this.letters.latest(incidentId);
      if (current && sameWords(current, found.fields)) return;
      const restored = this.letters.insert(incidentId, found.fields, now, actor);
      this.audit.append({
        at: now,
        actor,
        incidentId,
        reference,
        action: 'letter_restored',
        field: null,
        oldValue: null,
        newValue: { version: restored, restoredFrom: version },
      });
    })();
    return this.get(incidentId);
  }

  /** Which versions restored an older one, from the trail (the version rows themselves stay as they were). */
  private withRestoredFrom(incidentId: number, versions: LetterVersionInfo[]): LetterVersionInfo[] {
    const restoredFrom = new Map<number, number>();
    for (const entry of this.audit.forIncident(incidentId)) {
      if (entry.action !== 'letter_restored') continue;
      const value = entry.newValue as { version?: unknown; restoredFrom?: unknown } | null;
      if (typeof value?.version === 'number' && typeof value.restoredFrom === 'number') restoredFrom.set(value.version, value.restoredFrom);
    }
    return versions.map((info) => {
      const from = restoredFrom.get(info.version);
      return from === undefined ? info : { ...info, restoredFrom: from };
    });
  }

  save({ incidentId, fields }: SaveLetterInput): LetterState {
    const now = this.clock();
    const actor = this.actor();
    this.db.transaction(() => {
      const { reference } = this.prefill.prefilledLetter(incidentId);
      const version = this.letters.insert(incidentId, fields, now, actor);
      this.audit.append({
        at: now,
        actor,
        incidentId,
        reference,
        action: 'letter_saved',
        field: null,
        oldValue: null,
        newValue: { version },
      });
    })();
    return this.get(incidentId);
  }
}
