import type { Route } from './common/use-route';
import { useWideScreen } from './shell/use-wide-screen';
import {
  AssessmentScreen,
  AuditPackScreen,
  DashboardScreen,
  DocumentScreen,
  EditIncidentScreen,
  IcoCompanionScreen,
  IncidentScreen,
  LetterEditorScreen,
  NewIncidentScreen,
  OrganisationScreen,
  SettingsScreen,
} from './lazy-screens';
import { RegisterScreen } from './register/RegisterScreen';

/** The screen for each route, once the register is open and the person has said who they are. */
export function RouteScreen({ route }: { route: Route }) {
  const wide = useWideScreen();
  // On a wide screen the register stays beside the breach chosen from it, as a mail program keeps its inbox.
  if (wide && (route.screen === 'register' || route.screen === 'incident')) {
    const selectedId = route.screen === 'incident' ? route.id : null;
    return (
      <div className={selectedId === null ? 'master-detail master-detail-none' : 'master-detail'}>
        <div className="master-pane">
          <RegisterScreen selectedId={selectedId} besideBreach={selectedId !== null} />
        </div>
        {selectedId !== null ? (
          <div className="detail-pane">
            <IncidentScreen key={selectedId} id={selectedId} />
          </div>
        ) : null}
      </div>
    );
  }
  switch (route.screen) {
    case 'new-incident':
      return <NewIncidentScreen />;
    case 'incident':
      return <IncidentScreen key={route.id} id={route.id} />;
    case 'edit-incident':
      return <EditIncidentScreen key={`${route.id}:${route.step}`} id={route.id} stepId={route.step} guided={route.guided === true} />;
    case 'ico-companion':
      return <IcoCompanionScreen key={route.id} id={route.id} />;
    case 'edit-letter':
      return <LetterEditorScreen key={route.id} id={route.id} />;
    case 'assess-incident':
      return <AssessmentScreen key={route.id} id={route.id} />;
    case 'settings':
      return <SettingsScreen />;
    case 'document':
      return <DocumentScreen key={`${route.id}:${route.document}`} id={route.id} kind={route.document} />;
    case 'audit-pack':
      return <AuditPackScreen />;
    case 'organisation':
      return <OrganisationScreen />;
    case 'dashboard':
      return <DashboardScreen />;
    default:
      return <RegisterScreen />;
  }
}
