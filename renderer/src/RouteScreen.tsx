import type { Route } from './hooks/use-route';
import { EditIncidentScreen } from './screens/EditIncidentScreen';
import { IncidentScreen } from './screens/IncidentScreen';
import { NewIncidentScreen } from './screens/NewIncidentScreen';
import { RegisterScreen } from './screens/RegisterScreen';
import { SettingsScreen } from './screens/SettingsScreen';

/** The screen for each route, once the register is open and the person has said who they are. */
export function RouteScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'new-incident':
      return <NewIncidentScreen />;
    case 'incident':
      return <IncidentScreen key={route.id} id={route.id} />;
    case 'edit-incident':
      return <EditIncidentScreen key={`${route.id}:${route.step}`} id={route.id} stepId={route.step} />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <RegisterScreen />;
  }
}
