import type { Ctx } from '../modules/access/index.js'
import { setTargets, type TargetIndicator } from '../modules/reports/index.js'

// The demo region's action plan: targets for fiscal years 2019-2020 to 2021-2022, as the directorate would type them
// (counts, and percentages for the shares). Plausible for a region that accompanied 83 persons and 19 enterprises
// from August 2019 to June 2021: the team starts in 2019-2020 and grows into the plan.
export const DEMO_TARGETS: Record<number, Record<TargetIndicator, string>> = {
  2019: {
    persons_accompanied: '30',
    enterprises_accompanied: '8',
    first_meeting_within_5_days: '80',
    referrals_closed_with_outcome: '70',
  },
  2020: {
    persons_accompanied: '45',
    enterprises_accompanied: '12',
    first_meeting_within_5_days: '85',
    referrals_closed_with_outcome: '75',
  },
  2021: {
    persons_accompanied: '50',
    enterprises_accompanied: '14',
    first_meeting_within_5_days: '87,5',
    referrals_closed_with_outcome: '80',
  },
}

/** Sets region 11's targets for the demo's fiscal years through the targets' use case (audited). */
export async function loadDemoTargets(ctx: Ctx): Promise<void> {
  for (const [year, values] of Object.entries(DEMO_TARGETS)) {
    const targets = Object.entries(values).map(([indicator, value]) => ({
      indicator: indicator as TargetIndicator,
      value,
    }))
    await setTargets(ctx, { regionCode: '11', fiscalYear: Number(year), targets })
  }
}
