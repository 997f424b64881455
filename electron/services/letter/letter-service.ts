import type { LetterFields } from '../../../shared/documents/letter-fields';
import type { LetterState, SaveLetterInput } from '../../../shared/letter';
import type { AuditTrail } from '../audit/audit-trail';
import type { Db } from '../database/open-database';
import type { LetterRepository } from './letter-repository';

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
    return { incidentId, fields: this.letters.latest(incidentId) ?? prefilled, prefilled, versions: this.letters.versions(incidentId) };
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
