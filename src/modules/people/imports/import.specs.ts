import { z } from 'zod'
import { camel } from '../../access/index.js'
import type { Ctx } from '../../access/index.js'
import { listServicePoints, listStaff, type ServicePointOutput, type StaffOutput } from '../../territory/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { openDossierInput } from '../dossiers/dossier.contracts.js'
import { openDossier } from '../dossiers/dossier.service.js'
import { interventionFormInput } from '../interventions/intervention.contracts.js'
import { recordIntervention } from '../interventions/intervention.service.js'
import { personInput } from '../persons/person.contracts.js'
import { createPersons } from '../persons/person-bulk.service.js'
import { createPerson } from '../persons/person.service.js'
import { dossierColumns, interventionColumns, personColumns } from './import.columns.js'
import { findDossierIdForImport, findPersonIdForImport } from './import.queries.js'
import type { ImportSpec } from '../../access/index.js'

export const importEntities = ['persons', 'dossiers', 'interventions'] as const
export type ImportEntity = (typeof importEntities)[number]

const snakeOf = (names: readonly { name: string }[]) => Object.fromEntries(names.map((c) => [camel(c.name), c.name]))

/** Row (snake_case columns) → input (camelCase fields); `lists` are split on "|". */
function camelRow(row: Record<string, string>, lists: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [camel(k), lists.includes(k) ? v.split('|').map((s) => s.trim()) : v]),
  )
}

const personKey = z.object({
  personId: z.uuid().optional(),
  givenName: z.string().max(100).optional(),
  familyName: z.string().max(100).optional(),
  birthDate: z.string().max(10).optional(),
})

const nothingToPrepare = async () => undefined

const persons: ImportSpec<typeof personInput, undefined> = {
  entity: 'persons',
  columns: personColumns,
  columnOf: snakeOf(personColumns),
  toInput: (row) => camelRow(row, ['citizenships', 'languages']),
  schema: personInput,
  prepare: nothingToPrepare,
  save: (ctx, input) => createPerson(ctx, input),
  // The same as `save` row after row, in a few statements per thousand rows (a 100 000-person import).
  saveMany: (ctx, rows) => createPersons(ctx, rows),
}

const dossierRow = personKey.extend({
  servicePoint: z.string().min(1).max(300),
  agentEmail: z.email().optional(),
  ...openDossierInput.omit({ personId: true, servicePointId: true, agentId: true }).shape,
})

/** The service points and agents a dossiers file may name, read once per import. */
type DossierLookups = { servicePoints: ServicePointOutput[]; agents: StaffOutput[] }

async function dossierLookups(ctx: Ctx): Promise<DossierLookups> {
  // One after the other: a transaction is one connection.
  const servicePoints = await listServicePoints(ctx, {})
  return { servicePoints, agents: await listStaff(ctx, { role: 'agent' }) }
}

function servicePointIdOf(points: ServicePointOutput[], nameOrId: string): string {
  const found = points.find((p) => p.id === nameOrId || p.name.toLowerCase() === nameOrId.toLowerCase())
  if (!found) throw invalidInput({ servicePoint: { fr: 'Point de services inconnu.', en: 'Unknown service point.' } })
  return found.id
}

function agentIdOf(agents: StaffOutput[], email: string | undefined): string | undefined {
  if (!email) return undefined
  const agent = agents.find((s) => s.email?.toLowerCase() === email.toLowerCase())
  if (!agent)
    throw invalidInput({ agentEmail: { fr: 'Aucun agent avec ce courriel.', en: 'No agent with this email.' } })
  return agent.id
}

const dossiers: ImportSpec<typeof dossierRow, DossierLookups> = {
  entity: 'dossiers',
  columns: dossierColumns,
  columnOf: snakeOf(dossierColumns),
  toInput: (row) => camelRow(row),
  schema: dossierRow,
  prepare: dossierLookups,
  async save(ctx, input, lookups) {
    const personId = await findPersonIdForImport(ctx, input)
    return openDossier(ctx, {
      personId,
      servicePointId: servicePointIdOf(lookups.servicePoints, input.servicePoint),
      agentId: agentIdOf(lookups.agents, input.agentEmail),
      intakeChannel: input.intakeChannel,
      startsOn: input.startsOn,
    })
  },
}

const interventionRow = personKey.extend({
  dossierNumber: z.string().max(40).optional(),
  occurredAt: z.string().refine((v) => /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$/.test(v), {
    params: { fr: 'Date et heure attendues : AAAA-MM-JJ HH:MM.', en: 'Expected date and time: YYYY-MM-DD HH:MM.' },
  }),
  mode: z.string().max(20),
  durationMinutes: z.string().max(10),
  summary: z.string().max(4000),
})

const interventions: ImportSpec<typeof interventionRow, undefined> = {
  entity: 'interventions',
  columns: interventionColumns,
  columnOf: { ...snakeOf(interventionColumns), occurredDate: 'occurred_at', occurredTime: 'occurred_at' },
  toInput: (row) => camelRow(row),
  schema: interventionRow,
  prepare: nothingToPrepare,
  async save(ctx, { occurredAt, mode, durationMinutes, summary, ...key }) {
    // The dossier page's own contract: the same messages as the form (date, time on Québec's clock, mode, duration).
    const input = parseInput(interventionFormInput, {
      occurredDate: occurredAt.slice(0, 10),
      occurredTime: occurredAt.slice(11),
      mode,
      durationMinutes,
      summary,
    })
    return recordIntervention(ctx, await findDossierIdForImport(ctx, key), input)
  },
}

/** Every entity the import takes, with its columns and use case. */
export const importSpecs = { persons, dossiers, interventions } as const
