import { actionAgreements, actionColumns, actionRow } from './actions.js'
import {
  type AgreementPlan,
  agreementColumns,
  agreementEventColumns,
  agreementEventRows,
  agreementPlans,
  agreementRow,
  amountColumns,
  amountRows,
} from './agreements.js'
import type { Step } from './copy.js'
import {
  deliverableColumns,
  deliverableRows,
  deliverablesOf,
  instalmentColumns,
  instalmentRows,
} from './obligations.js'
import { organizationColumns, organizationPlans, organizationRow } from './organizations.js'
import type { PartnersWorld } from './partners-world.js'

const table = (name: string, columns: readonly string[]) => ({ name: `partners.${name}`, columns })

function agreementSteps(world: PartnersWorld, plans: AgreementPlan[]): Step[] {
  const at = (i: number) => plans[i]!
  return [
    {
      label: 'agreements',
      units: plans.length,
      tables: [
        table('agreements', agreementColumns),
        table('agreement_amounts', amountColumns),
        table('agreement_events', agreementEventColumns),
      ],
      rowsOf: (i) => [[agreementRow(at(i))], amountRows(at(i)), agreementEventRows(at(i))],
    },
    {
      label: 'deliverables and instalments',
      units: plans.length,
      tables: [table('deliverables', deliverableColumns), table('instalments', instalmentColumns)],
      rowsOf: (i) => {
        const deliverables = deliverablesOf(world, at(i))
        return [deliverableRows(deliverables, at(i)), instalmentRows(world, at(i), deliverables)]
      },
    },
  ]
}

/**
 * The partners' bulk steps: the directory organizations, then (when the programs catalogue has volets) agreements
 * with their yearly amounts, status events, deliverables and instalments, then (when the action kinds catalogue has
 * rows) local actions. All plans but the actions' are kept in memory: a few thousand records at Québec scale.
 */
export function partnersSteps(world: PartnersWorld): { steps: Step[]; skipped: string[] } {
  const organizations = organizationPlans(world)
  const steps: Step[] = [
    {
      label: 'organizations',
      units: organizations.length,
      tables: [table('organizations', organizationColumns)],
      rowsOf: (i) => [[organizationRow(world, organizations[i]!)]],
    },
  ]
  const skipped: string[] = []
  const agreements = world.volets.length > 0 ? agreementPlans(world, organizations) : []
  if (agreements.length === 0) skipped.push('agreements: the programs catalogue has no volets')
  steps.push(...agreementSteps(world, agreements))
  const started = world.actionKinds.length > 0 ? actionAgreements(world, agreements) : []
  if (world.actionKinds.length === 0) skipped.push('local actions: the action kinds catalogue is empty')
  else if (started.length > 0)
    steps.push({
      label: 'local actions',
      units: world.sizes.actions,
      tables: [table('actions', actionColumns)],
      rowsOf: (i) => [[actionRow(world, started, i)]],
    })
  return { steps, skipped }
}
