import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Incident, IncidentFields } from '../../../shared/incident';
import type { IncidentRole } from '../../../shared/incident-role';
import { INCIDENT_ROLES } from '../../../shared/incident-role';
import { INCIDENT_ROLE_LABELS } from '../../../shared/labels';
import { useApi } from '../api/api-context';
import { routeHref } from '../common/use-route';
import { DateTimeField, Field, RadioField, issuesByPath, useUkDateTime } from '../form-kit';
import { UkDateTime } from '../common/UkDateTime';

type Saved = (incident: Incident) => void;

/** The other side's fields are cleared when the role changes: the trail keeps what they were. */
const CLEARED_FOR: Record<IncidentRole, Partial<IncidentFields>> = {
  controller: { controllerName: '', controllerContact: '', controllerToldAt: null },
  processor: { processorName: '', processorToldAt: null },
};

/**
 * Whose data it is. As processor: which controller to tell, when it was told, and the notice.
 * As controller: whether a processor told us, and when (awareness, and the clock, start then).
 */
export function RolePanel({ incident, onSaved }: { incident: Incident; onSaved: Saved }) {
  const api = useApi();
  const [role, setRole] = useState<IncidentRole>(incident.role);
  const [message, setMessage] = useState('');

  async function saveRole(event: FormEvent) {
    event.preventDefault();
    const result = await api.call('incident:update', { id: incident.id, changes: { role, ...CLEARED_FOR[role] } });
    if (result.ok) {
      setMessage('Role saved.');
      onSaved(result.value);
    } else setMessage(result.error.issues?.[0]?.message ?? result.error.message);
  }

  return (
    <section aria-labelledby="role-heading" className="record-section role-panel">
      <h2 id="role-heading">Whose data it is</h2>
      <form onSubmit={(event) => void saveRole(event)} noValidate>
        <RadioField
          id="role"
          legend="Our role"
          help="A processor handles personal data for a client (a payroll bureau, an IT provider). It tells that client, the controller, without undue delay; the controller decides whether to report to the ICO."
          options={INCIDENT_ROLES.map((value) => ({ value, label: INCIDENT_ROLE_LABELS[value] }))}
          value={role}
          onChange={setRole}
        />
        {role !== incident.role ? (
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Save our role
            </button>
          </div>
        ) : null}
        <p role="status">{message}</p>
      </form>
      {incident.role === 'processor' ? <ControllerToTell incident={incident} onSaved={onSaved} /> : <ToldByProcessor incident={incident} onSaved={onSaved} />}
    </section>
  );
}

function ControllerToTell({ incident, onSaved }: { incident: Incident; onSaved: Saved }) {
  const api = useApi();
  const [name, setName] = useState(incident.controllerName);
  const [contact, setContact] = useState(incident.controllerContact);
  const told = useUkDateTime(incident.controllerToldAt);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    let controllerToldAt: string | null = null;
    if (!told.blank) {
      const at = told.instant();
      if (!at) {
        setErrors({ controllerToldAt: 'Enter the date as day/month/year and the time on the 24-hour clock' });
        return;
      }
      controllerToldAt = at.toISOString();
    }
    const result = await api.call('incident:update', { id: incident.id, changes: { controllerName: name, controllerContact: contact, controllerToldAt } });
    if (result.ok) {
      setErrors({});
      setMessage('Saved.');
      onSaved(result.value);
    } else {
      setErrors(issuesByPath(result.error.issues));
      setMessage(result.error.message);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="controller-heading">
      <h3 id="controller-heading">The controller to tell</h3>
      <Field id="controller-name" label="Controller (the client whose data it is)" error={errors['controllerName']}>
        {(aria) => <input {...aria} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field id="controller-contact" label="Who to tell there, and how (name, email, phone)" help="Your contract often names a contact and may set a shorter time than “without undue delay”." error={errors['controllerContact']}>
        {(aria) => <textarea {...aria} rows={2} value={contact} onChange={(e) => setContact(e.target.value)} />}
      </Field>
      <DateTimeField
        id="controllerTold"
        legend="When you told the controller"
        help="Day/month/year and 24-hour time."
        notKnown={told.blank ? 'Not told yet: leave this empty until you have told them.' : undefined}
        error={errors['controllerToldAt']}
        date={told.date}
        time={told.time}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Save the controller’s details
        </button>
        <a className="button" href={routeHref({ screen: 'document', id: incident.id, document: 'controller-notice' })}>
          Notice to the controller
        </a>
      </div>
      <p role="status">{message}</p>
    </form>
  );
}

function ToldByProcessor({ incident, onSaved }: { incident: Incident; onSaved: Saved }) {
  const api = useApi();
  const [name, setName] = useState(incident.processorName);
  const told = useUkDateTime(incident.processorToldAt);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = told.instant();
    if (!at) {
      setErrors({ toldAt: 'Enter the date as day/month/year and the time on the 24-hour clock' });
      return;
    }
    const result = await api.call('incident:told-by-processor', { id: incident.id, processorName: name, toldAt: at.toISOString() });
    if (result.ok) {
      setErrors({});
      setMessage('Saved. The time of awareness is when you were told.');
      onSaved(result.value);
    } else {
      setErrors(issuesByPath(result.error.issues));
      setMessage(result.error.message);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="told-heading">
      <h3 id="told-heading">Did a processor tell you?</h3>
      <p className="help" id="told-help">
        If your IT provider, payroll bureau or another processor told you about this breach, you became aware when they told
        you: the 72-hour clock starts then (Art. 33(2)). Saving sets the time of awareness to it.
      </p>
      {incident.processorToldAt ? (
        <p className="clock-summary">
          {incident.processorName} told you on <UkDateTime instant={incident.processorToldAt} />: the clock starts there.
        </p>
      ) : null}
      <Field id="processor-name" label="Processor that told you" error={errors['processorName']}>
        {(aria) => <input {...aria} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <DateTimeField
        id="processorTold"
        legend="When they told you"
        help="Day/month/year and 24-hour time."
        error={errors['toldAt'] ?? errors['awareAt']}
        date={told.date}
        time={told.time}
      />
      <div className="form-actions">
        <button type="submit" className="button">
          Save who told you
        </button>
      </div>
      <p role="status">{message}</p>
    </form>
  );
}
