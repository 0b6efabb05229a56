import { sizes, type World } from './world.js'

/** A world of three regions with made-up ids, for tests of the generators that need no database. */
export function stubWorld(seed: number): World {
  const regions = ['01', '06', '11'].map((code) => ({
    code,
    cities: ['Ville'],
    fsa: 'H3S',
    mrcCodes: [],
    points: [{ id: `sp-${code}`, city: 'Ville', agentIds: [`agent-${code}`] }],
    organizationIds: [`org-${code}`],
  }))
  return {
    seed,
    sizes: sizes.small,
    regions,
    regionWeights: regions.map((_, i) => [i, 1]),
    needs: [],
    referralConsentTextId: null,
    referralExpiryWorkingDays: 10,
    numberBase: 1,
  }
}
