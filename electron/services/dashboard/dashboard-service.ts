import type { DashboardView } from '../../../shared/contract/dashboard-operations';
import { dashboardCharts, dashboardFigures } from '../../../shared/dashboard/charts';
import type { DashboardPeriod, LocalPeriod } from '../../../shared/dashboard/period';
import { resolvePeriod } from '../../../shared/dashboard/period';
import type { DashboardSummary } from '../../../shared/dashboard/summary';
import { summariseRegister } from '../../../shared/dashboard/summary';
import type { Db } from '../database/open-database';
import { DashboardQuery } from './dashboard-query';

/** The register's figures for a period, for the dashboard screen and the front of the audit pack. */
export class DashboardService {
  private readonly query: DashboardQuery;

  constructor(
    db: Db,
    private readonly clock: () => Date,
    private readonly timeZone: () => string,
  ) {
    this.query = new DashboardQuery(db);
  }

  summary(period: LocalPeriod): DashboardSummary {
    return summariseRegister({ breaches: this.query.breaches(), period, now: this.clock(), timeZone: this.timeZone() });
  }

  view(period: DashboardPeriod): DashboardView {
    const local = resolvePeriod(period, this.clock(), this.timeZone());
    const summary = this.summary(local);
    return { preset: period.preset, period: local, charts: dashboardCharts(summary), figures: dashboardFigures(summary) };
  }
}
