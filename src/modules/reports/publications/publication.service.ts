import { type Ctx, assertCan, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate, findRegionByCode } from '../../territory/index.js'
import { invalidInput, notFound } from '../../../platform/errors.js'
import type { BilanDocument, BilanNarrative } from '../bilan/bilan.document.js'
import type { BilanModel } from '../bilan/bilan.model.js'
import { computeBilan, publicBilan } from '../bilan/bilan.service.js'
import { bilanDocument } from '../bilan/bilan.text.js'
import { renderBilanDocx } from '../render/bilan.docx.js'
import { renderBilanPdf } from '../render/bilan.pdf.js'
import type { BilanPeriod } from './narrative.contracts.js'
import { findNarrative } from './narrative.queries.js'
import { publishText } from './publication.messages.js'
import { type PublishedBilan, presentPublication } from './publication.presenter.js'
import {
  insertPublication,
  lastVersion,
  listPublicationRows,
  lockVersions,
  type PublicationFile,
} from './publication.queries.js'

/** What a publication stores: exactly what its pages show, whatever the model and renderers later become. */
export type BilanSnapshot = {
  model: BilanModel
  narrative: BilanNarrative
  documents: { fr: BilanDocument; en: BilanDocument }
}

/** Throws forbidden unless the caller may publish, not_found unless the region exists and is in the caller's scope. */
export async function assertMayPublish(ctx: Ctx, regionCode: string): Promise<void> {
  assertCan(ctx.actor, 'reports.publish')
  if (!ctx.scope.coversRegion(regionCode) || !(await findRegionByCode(ctx.db, regionCode))) throw notFound('region')
}

/** The public Bilan of a period as it would be published now, and the version publishing would create. */
/** A published Bilan covers a period that is over: its last day is today at the latest (Québec civil date). */
function assertPeriodOver(ctx: Ctx, p: BilanPeriod): void {
  if (p.to > civilDate(ctx.now)) throw invalidInput({ to: publishText.notOver })
}

export async function previewPublication(ctx: Ctx, p: BilanPeriod): Promise<{ model: BilanModel; version: number }> {
  await assertMayPublish(ctx, p.region)
  assertPeriodOver(ctx, p)
  const staff = await computeBilan(ctx.db, { regionCode: p.region, from: p.from, to: p.to }, ctx.now)
  return { model: publicBilan(staff), version: (await lastVersion(ctx.db, p)) + 1 }
}

/** The snapshot and the four documents (PDF and DOCX, French and English) of the public Bilan and narrative. */
async function renderSnapshot(model: BilanModel, narrative: BilanNarrative) {
  const documents = { fr: bilanDocument(model, 'fr', narrative), en: bilanDocument(model, 'en', narrative) }
  const files: PublicationFile[] = []
  for (const lang of ['fr', 'en'] as const) {
    files.push({ lang, format: 'pdf', content: renderBilanPdf(documents[lang]) })
    files.push({ lang, format: 'docx', content: await renderBilanDocx(documents[lang]) })
  }
  const snapshot: BilanSnapshot = { model, narrative, documents }
  return { snapshot, files }
}

/**
 * Publishes the region's Bilan for the period as its next version: the public model (small counts suppressed), the
 * director's narrative, the text in both languages and the four documents, in one transaction, audited. Concurrent
 * publishers of the same Bilan are numbered one after the other.
 */
export async function publishBilan(ctx: Ctx, p: BilanPeriod): Promise<{ id: string; version: number }> {
  await assertMayPublish(ctx, p.region)
  assertPeriodOver(ctx, p)
  const staff = await computeBilan(ctx.db, { regionCode: p.region, from: p.from, to: p.to }, ctx.now)
  const model = publicBilan(staff)
  const narrative = await findNarrative(ctx.db, p.region, p.from, p.to)
  const { snapshot, files } = await renderSnapshot(model, narrative)
  return inTransaction(ctx, async (tx) => {
    await lockVersions(tx.db, p)
    const version = (await lastVersion(tx.db, p)) + 1
    const publishedBy = tx.actor.kind === 'user' ? tx.actor.userId : null
    const common = { ...p, version, snapshot, files, publishedBy }
    const id = await insertPublication(tx.db, { ...common, dataAsOf: new Date(model.dataAsOf), publishedAt: tx.now })
    await recordAudit(tx, {
      action: 'bilan.published',
      entityType: 'bilan_publication',
      entityId: id,
      regionCode: p.region,
      details: { regionCode: p.region, from: p.from, to: p.to, version },
    })
    return { id, version }
  })
}

/** Every published version of the caller's regions (or one of them), newest first. */
export async function listPublications(ctx: Ctx, regionCode?: string): Promise<PublishedBilan[]> {
  assertCan(ctx.actor, 'reports.read')
  const codes = regionCode ? [regionCode] : ctx.scope.regionCodes
  if (regionCode && !ctx.scope.coversRegion(regionCode)) throw notFound('region')
  return (await listPublicationRows(ctx.db, codes)).map(presentPublication)
}
