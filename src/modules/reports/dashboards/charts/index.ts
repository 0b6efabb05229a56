import type { ChartDef } from '../chart.js'
import { agreementsByProgramChart } from './agreements-by-program.chart.js'
import { dossiersPerMonthChart } from './dossiers-per-month.chart.js'
import { enterprisesBySectorChart } from './enterprises-by-sector.chart.js'
import { labourNeedsByCnpChart } from './labour-needs-by-cnp.chart.js'
import { mobilityFlowsChart } from './mobility-flows.chart.js'
import { needsByVoletChart } from './needs-by-volet.chart.js'
import { referralOutcomesChart } from './referral-outcomes.chart.js'

/**
 * Every chart of the dashboards, in display order: Accompagnement Québec first, then employer services and partners
 * (append yours here). The page shows those whose permission the caller has; keys must be unique.
 */
export const dashboardCharts: readonly ChartDef[] = [
  dossiersPerMonthChart,
  needsByVoletChart,
  referralOutcomesChart,
  enterprisesBySectorChart,
  labourNeedsByCnpChart,
  mobilityFlowsChart,
  agreementsByProgramChart,
]

/** A chart by its key (the downloads' URL), or undefined. */
export function findChart(key: string): ChartDef | undefined {
  return dashboardCharts.find((chart) => chart.key === key)
}
