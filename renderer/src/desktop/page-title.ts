import { useEffect, useState } from 'react';
import type { SessionStatus } from '../../../shared/session';
import { useApi } from '../api/api-context';
import { INCIDENT_STEPS } from '../incident/incident-steps';
import type { Route } from '../common/use-route';
import { INCIDENT_DOCUMENT_TITLES } from '../../../shared/labels';

const APP_NAME = 'Breachlog';

/** What the screen is called in the window title and the taskbar. */
export function screenName(route: Route): string {
  switch (route.screen) {
    case 'new-incident':
      return 'Record a breach';
    case 'incident':
      return 'Breach record';
    case 'edit-incident':
      return INCIDENT_STEPS.find((step) => step.id === route.step)?.title ?? 'Edit the record';
    case 'assess-incident':
      return 'Risk assessment';
    case 'document':
      return INCIDENT_DOCUMENT_TITLES[route.document];
    case 'audit-pack':
      return 'Audit pack';
    case 'dashboard':
      return 'Dashboard';
    case 'organisation':
      return 'Organisation';
    case 'settings':
      return 'Settings';
    case 'security':
      return 'Security and backups';
    default:
      return 'Breach register';
  }
}

/** The title before the register is open: never a breach's reference on a locked screen. */
function closedName(status: SessionStatus | null): string {
  if (status === null) return 'Opening';
  if (status.state === 'locked') return 'Locked';
  if (status.state === 'unavailable') return 'The register could not be opened';
  if (status.state === 'needs_new_passphrase') return 'Choose a passphrase';
  return 'Unlock';
}

export function pageTitle(name: string, reference: string | null = null): string {
  return `${reference ? `${reference} · ` : ''}${name} — ${APP_NAME}`;
}

/** "BR-2026-0004 · Risk assessment — Breachlog": names the screen and the breach. */
export function usePageTitle(route: Route, status: SessionStatus | null, working: boolean): void {
  const api = useApi();
  const incidentId = 'id' in route ? route.id : null;
  const [reference, setReference] = useState<{ id: number; reference: string } | null>(null);

  useEffect(() => {
    if (!working || incidentId === null) return;
    let current = true;
    void api.call('incident:get', { id: incidentId }).then((result) => {
      if (current && result.ok) setReference({ id: incidentId, reference: result.value.reference });
    });
    return () => {
      current = false;
    };
  }, [api, working, incidentId]);

  const shownReference = working && reference && reference.id === incidentId ? reference.reference : null;
  const title = !working
    ? pageTitle(status?.state === 'open' ? 'Who is using Breachlog?' : closedName(status))
    : pageTitle(screenName(route), shownReference);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
