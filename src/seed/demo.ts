import { type Ctx, type CtxBase, createUser, inTransaction, systemCtx, type Role } from '../modules/access/index.js'
import {
  addContactChannel,
  createDirectorate,
  createServicePoint,
  createStaff,
  createStaffAccount,
  findDirectorateByName,
} from '../modules/territory/index.js'
import { createDemoOrganizations } from './demo-organizations.js'
import { loadDemoPartners } from './demo-partners.js'
import { loadDemoEmployers } from './demo-employers.js'
import { loadDemoPeople } from './demo-people.js'
import { loadDemoReports } from './demo-reports.js'
import { loadDemoTargets } from './demo-targets.js'
import type { Db } from '../platform/db/database.js'
import { randomToken } from '../platform/crypto.js'

// The seed document's region: Gaspésie–Îles-de-la-Madeleine, served by the Bas-Saint-Laurent and
// Gaspésie–Îles-de-la-Madeleine directorate. Addresses, email and phone are the seed's own; people are fictional.
export const DEMO_DIRECTORATE = 'Direction régionale du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine'
const FROM = '2019-08-01'

// The Cathédrale desk opened in April 2019, before the team: the demo's persons accompanied before the Bilan's period
// were received there.
const points = [
  {
    key: 'cathedrale',
    validFrom: '2019-04-01',
    name: 'Services Québec — Gaspé (rue de la Cathédrale)',
    streetAddress: '11, rue de la Cathédrale',
    city: 'Gaspé',
  },
  {
    key: 'sandy',
    // Housed at the MTESS regional directorate (the seed's team sentence), under the name on its door: Services Québec.
    hostKind: 'mtess',
    name: 'Services Québec — Gaspé (Montée de Sandy Beach)',
    streetAddress: '96 Montée de Sandy Beach, bureau 2.11',
    city: 'Gaspé',
  },
  {
    key: 'carleton',
    name: 'Services Québec — Carleton-sur-Mer',
    streetAddress: '314, boulevard Perron',
    city: 'Carleton-sur-Mer',
  },
] as const

const team = [
  { fullName: 'Julie Arsenault', role: 'advisor', point: 'cathedrale', account: 'advisor' },
  { fullName: 'Samuel Bourdages', role: 'advisor', point: 'carleton', account: null },
  { fullName: 'Amina Diallo', role: 'agent', point: 'sandy', account: 'agent' },
  { fullName: 'Marc-André Cyr', role: 'agent', point: 'carleton', account: null },
] as const

export type DemoAccount = { role: Role; email: string; password: string; displayName: string }

/** Whether the demo directorate is already there. */
export async function isDemoLoaded(db: Db): Promise<boolean> {
  return (await findDirectorateByName(db, DEMO_DIRECTORATE)) !== undefined
}

async function account(
  ctx: Ctx,
  role: Role,
  displayName: string,
  scopeKind: 'all' | 'directorate' | 'region' | 'service_point' | 'organization',
  scopeRef?: string,
): Promise<DemoAccount & { id: string }> {
  const email = `${role}@escale.example`
  const password = randomToken(12)
  const user = await createUser(ctx, { email, displayName, password, role, scopeKind, scopeRef })
  return { id: user.id, role, email, password, displayName }
}

/** The demo directorate (regions 01 and 11) with its email and phone. */
async function createDemoDirectorate(ctx: Ctx): Promise<string> {
  const { id: directorateId } = await createDirectorate(ctx, {
    nameFr: DEMO_DIRECTORATE,
    nameEn: 'Bas-Saint-Laurent and Gaspésie–Îles-de-la-Madeleine regional directorate',
    regionCodes: ['01', '11'],
    validFrom: FROM,
  })
  await addContactChannel(ctx, {
    directorateId,
    kind: 'email',
    value: 'accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
    validFrom: FROM,
  })
  await addContactChannel(ctx, { directorateId, kind: 'phone', value: '1 833 273-4667', validFrom: FROM })
  return directorateId
}

/** The region's three service points, by their key. */
async function createDemoPoints(ctx: Ctx): Promise<Map<string, string>> {
  const pointIds = new Map<string, string>()
  for (const p of points) {
    const sp = await createServicePoint(ctx, {
      regionCode: '11',
      name: p.name,
      hostKind: 'hostKind' in p ? p.hostKind : 'services_quebec',
      hostName: 'Services Québec',
      streetAddress: p.streetAddress,
      city: p.city,
      validFrom: 'validFrom' in p ? p.validFrom : FROM,
    })
    pointIds.set(p.key, sp.id)
  }
  return pointIds
}

/** The region's team at its service points, and the accounts of those who sign in; staff ids by full name. */
async function createDemoTeam(ctx: Ctx, pointIds: Map<string, string>) {
  const accounts: (DemoAccount & { id: string })[] = []
  const staffIds = new Map<string, string>()
  for (const member of team) {
    const servicePointId = pointIds.get(member.point)!
    const email = member.account ? `${member.account}@escale.example` : null
    const staff = await createStaff(ctx, {
      fullName: member.fullName,
      role: member.role,
      regionCode: '11',
      servicePointId,
      email,
      validFrom: FROM,
    })
    staffIds.set(member.fullName, staff.id)
    if (!member.account) continue
    // Through the staff screen's own use case: the account gets the member's role and region.
    const { password } = await createStaffAccount(ctx, staff.id, { scope: 'region' })
    accounts.push({ id: staff.id, role: member.account, email: email!, password, displayName: member.fullName })
  }
  return { accounts, staffIds }
}

/** Loads the demo region in one transaction; returns the demo accounts with their generated passwords. */
export async function loadDemo(base: CtxBase, options: { people?: boolean } = {}): Promise<DemoAccount[]> {
  return inTransaction(systemCtx(base, 'seed demo'), async (ctx) => {
    const directorateId = await createDemoDirectorate(ctx)
    const pointIds = await createDemoPoints(ctx)
    const { accounts, staffIds } = await createDemoTeam(ctx, pointIds)
    const director = await account(ctx, 'director', 'Isabelle Roy', 'directorate', directorateId)
    accounts.push(director)
    accounts.push(await account(ctx, 'admin', 'Administration Escale', 'all'))
    const orgIds = await createDemoOrganizations(ctx)
    accounts.push(await account(ctx, 'partner', 'Pouvoir des mots (démo)', 'organization', orgIds[3]))
    await loadDemoPartners(ctx, orgIds)
    await loadDemoTargets(ctx)
    // Tests of pages that show only the territory skip the persons (`people: false`): they take most of the load.
    if (options.people === false) return accounts.map(({ id: _id, ...rest }) => rest)
    const accompanied = await loadDemoPeople(ctx, {
      points: {
        cathedrale: pointIds.get('cathedrale')!,
        sandy: pointIds.get('sandy')!,
        carleton: pointIds.get('carleton')!,
      },
      agents: { amina: staffIds.get('Amina Diallo')!, marcAndre: staffIds.get('Marc-André Cyr')! },
      organizations: orgIds,
    })
    // Employer services need the persons: some of them are candidates.
    await loadDemoEmployers(ctx, accompanied)
    // The Bilan is computed from all of the above: published last, as the demo director.
    await loadDemoReports(ctx, { ...director, directorateId })
    return accounts.map(({ id: _id, ...rest }) => rest)
  })
}

/** The demo sign-ins as printed by `npm start` and `escale seed demo`. */
export function formatDemoAccounts(accounts: DemoAccount[]): string {
  return `${accounts.map((a) => `  ${a.role.padEnd(9)} ${a.email.padEnd(24)} ${a.password}`).join('\n')}\n`
}
