import type { FastifyInstance } from 'fastify'
import type { ModuleDeps, NavEntry } from '../access/index.js'
import { registerBilan } from './bilan/bilan.register.js'
import { registerDashboards } from './dashboards/dashboard.register.js'
import { registerDrillDown } from './drilldown/drilldown.register.js'
import { registerOpenData } from './opendata/opendata.register.js'
import { registerPublications } from './publications/publication.register.js'
import { registerTargets } from './targets/target.register.js'

/** The staff-app navigation contributed by the reports module: dashboards, the Bilan, the action plan's targets. */
export const reportsNav: NavEntry[] = [
  { href: '/app/tableaux-de-bord', label: { fr: 'Tableaux de bord', en: 'Dashboards' }, permission: 'reports.read' },
  { href: '/app/bilans', label: { fr: 'Bilans des réalisations', en: 'Bilans' }, permission: 'reports.read' },
  {
    href: '/app/cibles',
    label: { fr: 'Cibles du plan d’action', en: 'Action plan targets' },
    permission: 'reports.read',
  },
]

/** Reports: the Bilan, its publication, dashboards, targets, drill-down and open data, one register per feature. */
export async function reportsPlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerBilan(app, deps)
  registerDrillDown(app, deps)
  registerPublications(app, deps)
  registerDashboards(app, deps)
  registerTargets(app, deps)
  registerOpenData(app, deps)
}
