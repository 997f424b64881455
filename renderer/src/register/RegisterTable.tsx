import { hasIcoClock } from '../../../shared/clock-running';
import { icoDeadline } from '../../../shared/deadline';
import { BREACH_TYPE_SHORT, INCIDENT_KIND_LABELS, INCIDENT_ROLE_SHORT, REPORT_DECISION_SHORT } from '../../../shared/labels';
import type { IncidentSummary } from '../../../shared/register-query';
import { DeadlineCountdown } from '../clock/DeadlineCountdown';
import { UkDateTime } from '../common/UkDateTime';
import { routeHref } from '../common/use-route';
import { StatusChip } from './StatusChip';

function decisionText(incident: IncidentSummary): string | null {
  if (incident.kind === 'near_miss') return 'No report (near miss)';
  return incident.reportDecision ? REPORT_DECISION_SHORT[incident.reportDecision] : null;
}

/**
 * One page of the register (at most 100 rows), so only what is on screen is rendered. The table
 * fits its box at any width: the less needed columns step out as it narrows (see register.css),
 * and what they said stays in the row (the type under the title, the deadline under the clock).
 */
export function RegisterTable({ items, now, selectedId = null }: { items: IncidentSummary[]; now: Date; selectedId?: number | null }) {
  return (
    <div className="register-table-box">
      <table className="register-table">
        <caption className="visually-hidden">Recorded breaches</caption>
        <thead>
          <tr>
            <th scope="col" className="col-reference">
              Reference
            </th>
            <th scope="col" className="col-title">
              Title
            </th>
            <th scope="col" className="col-status">
              Status
            </th>
            <th scope="col" className="col-type">
              Type
            </th>
            <th scope="col" className="col-aware">
              Became aware
            </th>
            <th scope="col" className="col-deadline">
              ICO deadline
            </th>
            <th scope="col" className="col-clock">
              Clock
            </th>
            <th scope="col" className="col-decision">
              Decision
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((incident) => {
            const types = incident.breachTypes.map((t) => BREACH_TYPE_SHORT[t]).join(', ');
            const selected = incident.id === selectedId;
            return (
              <tr key={incident.id} className={selected ? 'register-row-selected' : undefined}>
                <td className="col-reference">
                  <a href={routeHref({ screen: 'incident', id: incident.id })} {...(selected ? { 'aria-current': 'true' as const } : {})}>
                    {incident.reference}
                  </a>
                </td>
                <td className="col-title">
                  {incident.kind === 'near_miss' ? <span className="badge badge-near-miss">{INCIDENT_KIND_LABELS.near_miss}</span> : null}
                  {incident.role === 'processor' ? <span className="badge badge-processor">{INCIDENT_ROLE_SHORT.processor}</span> : null}
                  {incident.title}
                  {types ? <span className="row-detail row-detail-type">{types}</span> : null}
                </td>
                <td className="col-status">
                  <StatusChip status={incident.status} />
                </td>
                <td className="col-type">{types || '—'}</td>
                <td className="col-aware">{incident.awareAt ? <UkDateTime instant={incident.awareAt} /> : 'Not recorded'}</td>
                <td className="col-deadline">{hasIcoClock(incident) && incident.awareAt ? <UkDateTime instant={icoDeadline(new Date(incident.awareAt))} /> : '—'}</td>
                <td className="col-clock">
                  <DeadlineCountdown incident={incident} now={now} />
                  {hasIcoClock(incident) && incident.awareAt ? (
                    <span className="row-detail row-detail-deadline">
                      Deadline <UkDateTime instant={icoDeadline(new Date(incident.awareAt))} />
                    </span>
                  ) : null}
                  {decisionText(incident) ? <span className="row-detail row-detail-decision">{decisionText(incident)}</span> : null}
                </td>
                <td className="col-decision">{decisionText(incident) ?? 'Not assessed'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
