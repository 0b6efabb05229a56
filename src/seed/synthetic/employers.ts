import { candidateColumns, candidateRow, jobMatchingConsentColumns, jobMatchingConsentRow } from './candidates.js'
import type { Step } from './copy.js'
import type { EmployersWorld } from './employers-world.js'
import {
  advisorServiceColumns,
  advisorServiceRows,
  enterpriseColumns,
  enterprisePlans,
  enterpriseRow,
  labourNeedColumns,
  labourNeedRows,
} from './enterprises.js'

const table = (name: string, columns: readonly string[]) => ({ name: `employers.${name}`, columns })

/**
 * The employers' bulk steps: enterprises in every region (in proportion to its persons), their advisor services and
 * labour needs (CNP 2021 unit groups their sector hires for), then candidate profiles of persons with their consents to
 * job matching (when the consent text exists). Only the enterprises' plans are kept in memory.
 */
export function employersSteps(world: EmployersWorld): { steps: Step[]; skipped: string[] } {
  const plans = enterprisePlans(world)
  const at = (i: number) => plans[i]!
  const steps: Step[] = [
    {
      label: 'enterprises',
      units: plans.length,
      tables: [table('enterprises', enterpriseColumns)],
      rowsOf: (i) => [[enterpriseRow(world, at(i))]],
    },
    {
      label: 'advisor services',
      units: plans.length,
      tables: [table('advisor_services', advisorServiceColumns)],
      rowsOf: (i) => [advisorServiceRows(world, at(i))],
    },
    {
      label: 'labour needs',
      units: plans.length,
      tables: [table('labour_needs', labourNeedColumns)],
      rowsOf: (i) => [labourNeedRows(world, at(i))],
    },
  ]
  const skipped: string[] = []
  if (world.sectors.length === 0) return { steps: [], skipped: ['employers: the SCIAN or CNP catalogue is empty'] }
  if (!world.jobMatchingTextId) skipped.push('candidate profiles: no job-matching consent text')
  else
    steps.push({
      label: 'candidate profiles',
      units: world.sizes.candidates,
      tables: [
        { name: 'people.consents', columns: jobMatchingConsentColumns },
        table('candidate_profiles', candidateColumns),
      ],
      rowsOf: (c) => [[jobMatchingConsentRow(world, c)], [candidateRow(world, c)]],
    })
  return { steps, skipped }
}
