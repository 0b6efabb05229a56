import type { FastifyRequest } from 'fastify'
import type { ComponentChildren } from 'preact'
import type { Ctx } from '../../access/index.js'
import {
  civilDate,
  countActiveServicePointsByRegion,
  listAllRegions,
  listServicePoints,
  listStaff,
} from '../../territory/index.js'
import { Field, type fieldsOf, SelectField } from '../../../platform/views/form.js'
import { localName } from '../../../platform/views/i18n.js'
import { closureReasonLabels, dossierText as m } from './dossier.messages.js'
import type { DossierRow } from './dossier.queries.js'
import { closureReasons } from './dossier.schema.js'
import { anyRegionCtx } from './dossier-places.js'

/** The fields of an action's page (choices read with the caller's context). */
export type Fields = (p: {
  ctx: Ctx
  request: FastifyRequest
  dossier: DossierRow
  at: ReturnType<typeof fieldsOf>
}) => Promise<ComponentChildren>

/** Closing: the reason (required) and a note. */
export const CloseFields: Fields = async ({ request, at }) => (
  <>
    <SelectField
      {...at('closureReason')}
      required
      emptyLabel=""
      options={closureReasons.map((r) => ({ value: r, label: closureReasonLabels[r][request.lang] }))}
    />
    <Field {...at('note')} maxLength={1000} />
  </>
)

/** Assigning: a service point of the dossier's region in operation, and one of its agents (or nobody). */
export const AssignFields: Fields = async ({ ctx, request, dossier, at }) => {
  const [points, agents] = await Promise.all([
    listServicePoints(ctx, { region: dossier.regionCode, active: true }),
    listStaff(ctx, { region: dossier.regionCode, role: 'agent', active: true }),
  ])
  return (
    <>
      <SelectField
        {...at('servicePointId')}
        required
        options={points.map((sp) => ({ value: sp.id, label: sp.name }))}
      />
      <SelectField
        {...at('agentId')}
        emptyLabel={m.noAgent[request.lang]}
        options={agents.map((a) => ({ value: a.id, label: a.fullName }))}
      />
    </>
  )
}

/**
 * Transferring: a service point in operation in another region (any region: the receiving team works it), and why.
 * Service points are public information, listed from every region.
 */
export const TransferFields: Fields = async ({ ctx, request, dossier, at }) => {
  const lang = request.lang
  const [points, regions] = await Promise.all([
    listServicePoints(anyRegionCtx(ctx), { active: true }),
    listAllRegions(ctx),
  ])
  const regionName = new Map(regions.map((r) => [r.code, localName(lang, r)]))
  const options = points
    .filter((sp) => sp.regionCode !== dossier.regionCode)
    .map((sp) => ({ value: sp.id, label: `${regionName.get(sp.regionCode) ?? sp.regionCode} — ${sp.name}` }))
  return (
    <>
      <SelectField {...at('servicePointId')} required emptyLabel="" options={options} />
      <Field {...at('reason')} required maxLength={1000} />
    </>
  )
}

/** Whether a service point of another region is in operation today (where the dossier could go). */
export async function hasTransferTarget(ctx: Ctx, dossier: DossierRow): Promise<boolean> {
  const counts = await countActiveServicePointsByRegion(ctx.db, civilDate(ctx.now))
  return [...counts].some(([region, points]) => region !== dossier.regionCode && points > 0)
}
