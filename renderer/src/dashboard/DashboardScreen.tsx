import { Fragment, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { DashboardView } from '../../../shared/contract/dashboard-operations';
import type { DashboardPeriod, DashboardPreset } from '../../../shared/dashboard/period';
import { DASHBOARD_PRESETS } from '../../../shared/dashboard/period';
import { describePeriod } from '../../../shared/documents/audit-pack';
import { DASHBOARD_PRESET_LABELS } from '../../../shared/labels';
import { useApi } from '../api/api-context';
import { BarChart } from './BarChart';
import { routeHref } from '../common/use-route';
import { DateRangeField, RadioField, useDateRange } from '../form-kit';
import './dashboard.css';

/** The register at a glance for a period: the headline figures, then a chart of each. */
export function DashboardScreen() {
  const api = useApi();
  const [period, setPeriod] = useState<DashboardPeriod>({ preset: 'last_12_months' });
  const [view, setView] = useState<DashboardView | null>(null);
  const [message, setMessage] = useState('Working out the figures…');
  const custom = useDateRange({ from: '01/04/2026', to: '31/03/2027' });

  useEffect(() => {
    let current = true;
    void api.call('dashboard:summary', { period }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setView(result.value);
        setMessage(`Figures for ${describePeriod(result.value.period.from, result.value.period.to)}.`);
      } else setMessage(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, period]);

  // The radio shows the choice at once; the figures follow once the choice can be shown.
  const [selected, setSelected] = useState<DashboardPreset>('last_12_months');

  function choose(preset: DashboardPreset) {
    setSelected(preset);
    if (preset !== 'custom') return setPeriod({ preset });
    const chosen = custom.read();
    if (chosen) setPeriod({ preset: 'custom', ...chosen });
  }

  function showCustom(event: FormEvent) {
    event.preventDefault();
    const chosen = custom.read();
    if (chosen) setPeriod({ preset: 'custom', ...chosen });
  }

  return (
    <section aria-labelledby="dashboard-heading" className="dashboard">
      <p>
        <a href={routeHref({ screen: 'register' })}>← Back to the register</a>
      </p>
      <h1 id="dashboard-heading">Dashboard</h1>
      <p className="lead">
        How many breaches, of what kind and from what cause, whether the ICO heard in time, how fast, and what is still open. Near
        misses are not counted. The same figures open the <a href={routeHref({ screen: 'audit-pack' })}>audit pack</a>.
      </p>
      <form className="dashboard-period" onSubmit={showCustom} noValidate>
        <RadioField
          id="dashboard-period"
          legend="Period"
          inline
          options={DASHBOARD_PRESETS.map((value) => ({ value, label: DASHBOARD_PRESET_LABELS[value] }))}
          value={selected}
          onChange={choose}
        />
        {selected === 'custom' ? (
          <DateRangeField id="dashboard" legend="Breaches the organisation became aware of between" state={custom}>
            <div className="form-actions">
              <button type="submit" className="button button-primary">
                Show these dates
              </button>
            </div>
          </DateRangeField>
        ) : null}
      </form>
      <p role="status" className="dashboard-status">
        {message}
      </p>
      {view ? (
        <>
          <h2 className="visually-hidden">Figures</h2>
          <dl className="dashboard-figures">
            {view.figures.map((figure) => (
              <div key={figure.label} className="dashboard-figure">
                <dt>{figure.label}</dt>
                <dd className="dashboard-figure-value">{figure.value}</dd>
                <dd className="dashboard-figure-note">
                  {figure.note}
                  {figure.references.length > 0 ? (
                    <>
                      {' '}
                      {figure.references.map((reference, i) => (
                        <Fragment key={reference}>
                          <span className="reference">{reference}</span>
                          {i < figure.references.length - 1 ? ', ' : figure.more > 0 ? '' : '.'}
                        </Fragment>
                      ))}
                      {figure.more > 0 ? ` and ${figure.more} more.` : null}
                    </>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
          <div className="dashboard-charts">
            {view.charts.map((chart) => (
              <BarChart key={chart.id} chart={chart} />
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
