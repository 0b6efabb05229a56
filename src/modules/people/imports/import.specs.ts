import { z } from 'zod'
import type { Ctx } from '../../access/index.js'
import { listServicePoints, listStaff } from '../../territory/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { openDossierInput } from '../dossiers/dossier.contracts.js'
import { openDossier } from '../dossiers/dossier.service.js'
import { interventionFormInput } from '../interventions/intervention.contracts.js'
import { recordIntervention } from '../interventions/intervention.service.js'
import { personInput } from '../persons/person.contracts.js'
import { createPerson } from '../persons/person.service.js'
import { dossierColumns, interventionColumns, personColumns } from './import.columns.js'
import { findDossierIdForImport, findPersonIdForImport } from './import.queries.js'
import type { ImportSpec } from './import.runner.js'

export const importEntities = ['persons', 'dossiers', 'interventions'] as const
export type ImportEntity = (typeof importEntities)[number]

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
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

const persons: ImportSpec<typeof personInput> = {
  entity: 'persons',
  columns: personColumns,
  columnOf: snakeOf(personColumns),
  toInput: (row) => camelRow(row, ['citizenships', 'languages']),
  schema: personInput,
  save: (ctx, input) => createPerson(ctx, input),
}

const dossierRow = personKey.extend({
  servicePoint: z.string().min(1).max(300),
  agentEmail: z.email().optional(),
  ...openDossierInput.omit({ personId: true, servicePointId: true, agentId: true }).shape,
})

async function servicePointIdOf(ctx: Ctx, nameOrId: string): Promise<string> {
  const points = await listServicePoints(ctx, {})
  const found = points.find((p) => p.id === nameOrId || p.name.toLowerCase() === nameOrId.toLowerCase())
  if (!found) throw invalidInput({ servicePoint: { fr: 'Point de services inconnu.', en: 'Unknown service point.' } })
  return found.id
}

async function agentIdOf(ctx: Ctx, email: string | undefined): Promise<string | undefined> {
  if (!email) return undefined
  const agent = (await listStaff(ctx, { role: 'agent' })).find((s) => s.email?.toLowerCase() === email.toLowerCase())
  if (!agent)
    throw invalidInput({ agentEmail: { fr: 'Aucun agent avec ce courriel.', en: 'No agent with this email.' } })
  return agent.id
}

const dossiers: ImportSpec<typeof dossierRow> = {
  entity: 'dossiers',
  columns: dossierColumns,
  columnOf: snakeOf(dossierColumns),
  toInput: (row) => camelRow(row),
  schema: dossierRow,
  async save(ctx, input) {
    const personId = await findPersonIdForImport(ctx, input)
    return openDossier(ctx, {
      personId,
      servicePointId: await servicePointIdOf(ctx, input.servicePoint),
      agentId: await agentIdOf(ctx, input.agentEmail),
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

const interventions: ImportSpec<typeof interventionRow> = {
  entity: 'interventions',
  columns: interventionColumns,
  columnOf: { ...snakeOf(interventionColumns), occurredDate: 'occurred_at', occurredTime: 'occurred_at' },
  toInput: (row) => camelRow(row),
  schema: interventionRow,
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
