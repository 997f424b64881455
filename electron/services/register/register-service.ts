import type { Incident, IncidentDraft } from '../../../shared/incident';
import { futureTimeIssues } from '../../../shared/incident';
import { AppError } from '../errors';
import type { IncidentRepository } from './incident-repository';

/** The register's rules on top of storage. `now` is passed in so tests control time. */
export class RegisterService {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly clock: () => Date,
  ) {}

  create(draft: IncidentDraft): Incident {
    const now = this.clock();
    const issues = futureTimeIssues(draft, now);
    if (issues.length > 0) {
      throw new AppError('invalid_input', 'Some times are in the future.', issues);
    }
    return this.incidents.create(draft, now);
  }

  get(id: number): Incident {
    const incident = this.incidents.findById(id);
    if (!incident) throw new AppError('not_found', `There is no incident with id ${id} in the register.`);
    return incident;
  }

  list(): Incident[] {
    return this.incidents.listAll();
  }
}
