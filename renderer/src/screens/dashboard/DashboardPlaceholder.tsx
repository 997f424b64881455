import { routeHref } from '../../hooks/use-route';

/** The Dashboard's place in the navigation, until the dashboard's own screen takes it. */
export function DashboardPlaceholder() {
  return (
    <section aria-labelledby="dashboard-heading">
      <h1 id="dashboard-heading">Dashboard</h1>
      <p className="lead">
        Figures for the whole register will be shown here. Until then, the <a href={routeHref({ screen: 'register' })}>register</a> lists
        every breach with its status and clock, and the <a href={routeHref({ screen: 'audit-pack' })}>audit pack</a> summarises them.
      </p>
    </section>
  );
}
