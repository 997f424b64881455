import { icoDeadline } from '../../../../shared/deadline';
import { BREACH_TYPE_SHORT, INCIDENT_KIND_LABELS, INCIDENT_ROLE_SHORT, REPORT_DECISION_SHORT, STATUS_LABELS } from '../../../../shared/labels';
import type { IncidentSummary } from '../../../../shared/register-query';
import { DeadlineCountdown } from '../../components/DeadlineCountdown';
import { UkDateTime } from '../../components/UkDateTime';
import { routeHref } from '../../hooks/use-route';

/** One page of the register (at most 100 rows), so only what is on screen is rendered. */
export function RegisterTable({ items, now }: { items: IncidentSummary[]; now: Date }) {
  return (
    <table className="register-table">
      <caption className="visually-hidden">Recorded breaches</caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Type</th>
          <th scope="col">Became aware</th>
          <th scope="col">ICO deadline</th>
          <th scope="col">Clock</th>
          <th scope="col">Decision</th>
        </tr>
      </thead>
      <tbody>
        {items.map((incident) => (
          <tr key={incident.id}>
            <td>
              <a href={routeHref({ screen: 'incident', id: incident.id })}>{incident.reference}</a>
            </td>
            <td>
              {incident.kind === 'near_miss' ? <span className="badge badge-near-miss">{INCIDENT_KIND_LABELS.near_miss}</span> : null}
              {incident.role === 'processor' ? <span className="badge badge-processor">{INCIDENT_ROLE_SHORT.processor}</span> : null}
              {incident.title}
            </td>
            <td>{STATUS_LABELS[incident.status]}</td>
            <td>{incident.breachTypes.map((t) => BREACH_TYPE_SHORT[t]).join(', ') || '—'}</td>
            <td>{incident.awareAt ? <UkDateTime instant={incident.awareAt} /> : 'Not recorded'}</td>
            <td>{incident.awareAt && incident.kind === 'breach' && incident.role === 'controller' ? <UkDateTime instant={icoDeadline(new Date(incident.awareAt))} /> : '—'}</td>
            <td>
              <DeadlineCountdown incident={incident} now={now} />
            </td>
            <td>{incident.kind === 'near_miss' ? 'No report (near miss)' : incident.reportDecision ? REPORT_DECISION_SHORT[incident.reportDecision] : 'Not assessed'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
