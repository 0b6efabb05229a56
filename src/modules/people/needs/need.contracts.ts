import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { catalogueText } from './need.messages.js'
import { needPriorities, needStatuses, volets } from './need.schema.js'

const label = z.string().trim().min(1).max(200)

/** A catalogue need's code: English snake_case, the stable key assessments refer to. */
export const needCode = z
  .string()
  .trim()
  .max(50)
  .refine((v) => /^[a-z][a-z0-9_]*$/.test(v), { params: catalogueText.codeFormat })

/** What an administrator may change of a catalogue need: its labels and its place in the volet. */
export const catalogueLabelsInput = z.object({
  labelFr: label,
  labelEn: label,
  sortOrder: z.coerce.number().int().min(0).max(999),
})
export type CatalogueLabelsInput = z.output<typeof catalogueLabelsInput>

/** A need added to the catalogue (its code and volet never change afterwards). */
export const catalogueNeedInput = catalogueLabelsInput.extend({
  code: needCode,
  volet: z.enum(volets),
  validFrom: isoDate(),
})
export type CatalogueNeedInput = z.output<typeof catalogueNeedInput>

/** Retiring a need: the day it stops being offered to new assessments. */
export const catalogueRetireInput = z.object({ validTo: isoDate() })
export type CatalogueRetireInput = z.output<typeof catalogueRetireInput>

export const catalogueNeedOutput = z.object({
  code: z.string(),
  volet: z.enum(volets),
  labelFr: z.string(),
  labelEn: z.string(),
  sortOrder: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  active: z.boolean(),
})
export type CatalogueNeedOutput = z.infer<typeof catalogueNeedOutput>

/** One need of an assessment: the catalogue code, a priority (required), its status and notes. */
export const assessedNeedInput = z.object({
  code: z.string().trim().min(1).max(50),
  priority: z.enum(needPriorities),
  status: z.enum(needStatuses).default('identified'),
  notes: z.string().trim().max(2000).nullish(),
})
export type AssessedNeedInput = z.output<typeof assessedNeedInput>

/**
 * A dossier's whole assessment (PUT): the needs listed are kept or added, those left out are removed (a need that
 * plan steps concern cannot be removed, only marked dropped).
 */
export const assessmentInput = z.object({ needs: z.array(assessedNeedInput).max(100) }).strict()
export type AssessmentInput = z.output<typeof assessmentInput>

export const dossierNeedOutput = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  code: z.string(),
  volet: z.enum(volets),
  labelFr: z.string(),
  labelEn: z.string(),
  priority: z.enum(needPriorities),
  status: z.enum(needStatuses),
  notes: z.string().nullable(),
  assessedOn: z.string(),
  assessedBy: z.uuid().nullable(),
})
export type DossierNeedOutput = z.infer<typeof dossierNeedOutput>
