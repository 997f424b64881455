import { describeFieldValue } from '../../../shared/documents/describe-value';
import type { Incident, IncidentFieldName } from '../../../shared/incident';
import { FIELD_LABELS } from '../../../shared/labels';
import { INCIDENT_STEPS } from './incident-steps';
import { routeHref } from '../common/use-route';
import { displayZone } from '../display-zone';

const NOT_RECORDED = 'Not recorded yet';

/** The ICO asks a cyber incident's impact and recovery only of cyber incidents, and who at the ICO only if someone was spoken to. */
function askedOf(incident: Incident, field: IncidentFieldName): boolean {
  if (field === 'cyberImpact' || field === 'cyberRecoveryTime') return incident.cyberIncident === 'yes';
  if (field === 'icoStaffSpokenToDetail') return incident.icoStaffSpokenTo === 'yes';
  return true;
}

/** The whole record, section by section, each with a link to edit that step. */
export function RecordSections({ incident }: { incident: Incident }) {
  return (
    <>
      {INCIDENT_STEPS.map((step) => (
        <section key={step.id} className="record-section" aria-labelledby={`section-${step.id}`}>
          <div className="section-heading">
            <h2 id={`section-${step.id}`}>{step.title}</h2>
            <a href={routeHref({ screen: 'edit-incident', id: incident.id, step: step.id })}>
              Edit<span className="visually-hidden"> {step.title.toLowerCase()}</span>
            </a>
          </div>
          <dl className="incident-facts">
            {step.fields.filter((field: IncidentFieldName) => askedOf(incident, field)).map((field: IncidentFieldName) => {
              const text = describeFieldValue(field, incident[field], displayZone());
              return (
                <div key={field} className="fact">
                  <dt>{FIELD_LABELS[field]}</dt>
                  <dd className="multiline">{text === '(empty)' ? NOT_RECORDED : text}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
