import { assertCan, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { findOrganizationNames } from '../../partners/index.js'
import { getRegionWithMrcsOrThrow, listAllRegions } from '../../territory/index.js'
import { notFound } from '../../../platform/errors.js'
import { isUuid } from '../../../platform/validation.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { findReadablePerson, type PersonRow } from '../persons/person.queries.js'
import type { ExportFormat, PersonExport } from './person-export.contracts.js'
import type { ExportNames } from './person-export.document.js'
import { renderPersonExportPdf } from './person-export.pdf.js'
import { presentPersonExport } from './person-export.presenter.js'
import { loadPersonRecords } from './person-export.queries.js'

/** The person when the caller's scope reads them (see `readablePersonSql`); not_found otherwise or for a bad id. */
async function getExportablePerson(ctx: Ctx, personId: string): Promise<PersonRow> {
  const person = isUuid(personId) ? await findReadablePerson(ctx.db, ctx.scope, personId) : undefined
  if (!person) throw notFound('person')
  return person
}

/**
 * Loi 25 right of access: everything Escale holds on a person (identity, contact, immigration, household links,
 * consents with their texts, every dossier with its history, needs, plan, interventions and referrals, the online
 * requests tied to a dossier), for a person the caller reads (404 otherwise). The whole file is exported, including
 * dossiers worked in other regions: the right of access covers all the person's data. One `person.exported` audit
 * event, with the format.
 */
export async function exportPersonFile(
  ctx: Ctx,
  personId: string,
  format: ExportFormat = 'json',
): Promise<PersonExport> {
  assertCan(ctx.actor, 'people.privacy')
  return inTransaction(ctx, async (tx) => {
    const person = await getExportablePerson(tx, personId)
    const records = await loadPersonRecords(tx.db, person)
    const organizationIds = [
      ...records.referrals.map((r) => r.organizationId),
      ...records.steps.flatMap((s) => (s.organizationId ? [s.organizationId] : [])),
    ]
    const names = await findOrganizationNames(tx.db, organizationIds)
    await recordAudit(tx, {
      action: 'person.exported',
      entityType: 'person',
      entityId: person.id,
      regionCode: person.regionCode,
      details: { format },
    })
    return presentPersonExport(person, records, names, tx.now)
  })
}

/** The names the PDF shows for the file's codes: the regions (17 rows: all, whichever the file mentions) and the MRC. */
export async function loadExportNames(ctx: Ctx, file: PersonExport): Promise<ExportNames> {
  const { regionCode, mrcCode } = file.person
  const regions = new Map((await listAllRegions(ctx)).map((r) => [r.code, r]))
  const region = mrcCode ? await getRegionWithMrcsOrThrow(ctx, regionCode) : undefined
  return { regions, mrc: region?.mrcs.find((m) => m.code === mrcCode)?.name ?? null }
}

/** The right-of-access export as a PDF in the caller's language (one `person.exported` audit event). */
export async function exportPersonFilePdf(ctx: Ctx, personId: string, lang: Lang): Promise<Buffer> {
  const file = await exportPersonFile(ctx, personId, 'pdf')
  return renderPersonExportPdf(file, lang, await loadExportNames(ctx, file))
}

/** Checks that the caller may export this person's file (permission, then scope: 404), without reading the file. */
export async function assertPersonExportable(ctx: Ctx, personId: string): Promise<void> {
  assertCan(ctx.actor, 'people.privacy')
  await getExportablePerson(ctx, personId)
}
