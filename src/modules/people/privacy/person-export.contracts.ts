import { z } from 'zod'

// Loi 25 (right of access, art. 27 of the private-sector act and art. 83 of the public-sector act): everything
// Escale holds on a person, in one stable JSON document. `format` and `version` name the shape; a change that removes or
// renames a field is a new version. Dates are YYYY-MM-DD civil dates; instants are ISO 8601 in UTC; codes are the
// ones of the API (their French and English labels are in the PDF).

const day = z.string().nullable()
const instant = z.string().nullable()

const event = z.object({
  kind: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
})

const referral = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string().nullable(),
  serviceWanted: z.string(),
  message: z.string().nullable(),
  shareContact: z.boolean(),
  status: z.string(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  sentAt: z.string(),
  answerDueOn: z.string(),
  answeredAt: instant,
  closedAt: instant,
  events: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      comment: z.string().nullable(),
      at: z.string(),
    }),
  ),
})

const dossier = z.object({
  id: z.string(),
  number: z.string(),
  regionCode: z.string(),
  servicePointId: z.string(),
  intakeChannel: z.string(),
  status: z.string(),
  openedOn: z.string(),
  startsOn: z.string(),
  firstMeetingDueOn: z.string(),
  firstMeetingOn: day,
  nextFollowUpOn: day,
  closedOn: day,
  closureReason: z.string().nullable(),
  closureNote: z.string().nullable(),
  events: z.array(event),
  transfers: z.array(
    z.object({
      fromRegionCode: z.string(),
      toRegionCode: z.string(),
      reason: z.string().nullable(),
      transferredAt: z.string(),
    }),
  ),
  needs: z.array(
    z.object({
      id: z.string(),
      needCode: z.string(),
      labelFr: z.string(),
      labelEn: z.string(),
      volet: z.string(),
      priority: z.string(),
      status: z.string(),
      notes: z.string().nullable(),
      assessedOn: z.string(),
    }),
  ),
  planSteps: z.array(
    z.object({
      id: z.string(),
      needId: z.string(),
      action: z.string(),
      responsible: z.string(),
      organizationName: z.string().nullable(),
      dueOn: day,
      status: z.string(),
      doneOn: day,
    }),
  ),
  interventions: z.array(
    z.object({
      id: z.string(),
      occurredAt: z.string(),
      mode: z.string(),
      durationMinutes: z.number(),
      regionCode: z.string(),
      summary: z.string(),
    }),
  ),
  referrals: z.array(referral),
})

/** The right-of-access export of one person (format `escale.person-export`, version 1). */
export const personExportOutput = z.object({
  format: z.literal('escale.person-export'),
  version: z.literal(1),
  generatedAt: z.string(),
  person: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string(),
    gender: z.string().nullable(),
    countryOfBirth: z.string().nullable(),
    citizenships: z.array(z.string()),
    languages: z.array(z.string()),
    frenchLevels: z.object({
      oralComprehension: z.number().nullable(),
      oralProduction: z.number().nullable(),
      writtenComprehension: z.number().nullable(),
      writtenProduction: z.number().nullable(),
    }),
    immigration: z.object({
      category: z.string().nullable(),
      statusObtainedOn: day,
      statusExpiresOn: day,
      arrivalDate: day,
    }),
    regionCode: z.string(),
    mrcCode: z.string().nullable(),
    contact: z.object({
      email: z.string().nullable(),
      phone: z.string().nullable(),
      streetAddress: z.string().nullable(),
      city: z.string().nullable(),
      postalCode: z.string().nullable(),
      preferredLanguage: z.string(),
    }),
    household: z.object({
      id: z.string().nullable(),
      relation: z.string().nullable(),
      members: z.array(z.object({ personId: z.string(), relation: z.string().nullable() })),
    }),
    anonymizedAt: instant,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  consents: z.array(
    z.object({
      id: z.string(),
      purpose: z.string(),
      textVersion: z.number(),
      textFr: z.string(),
      textEn: z.string(),
      givenOn: z.string(),
      expiresOn: day,
      recordedAt: z.string(),
      withdrawnAt: instant,
    }),
  ),
  dossiers: z.array(dossier),
  supportRequests: z.array(
    z.object({
      id: z.string(),
      regionCode: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      birthDate: day,
      email: z.string().nullable(),
      phone: z.string().nullable(),
      preferredLanguage: z.string(),
      message: z.string().nullable(),
      receivedAt: z.string(),
      status: z.string(),
      dossierId: z.string().nullable(),
    }),
  ),
})
export type PersonExport = z.infer<typeof personExportOutput>
export type DossierExport = PersonExport['dossiers'][number]

export const exportFormats = ['json', 'pdf'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** `?format=json|pdf` (JSON unless told) and `?lang=fr|en` for the PDF's language. */
export const exportQuery = z.object({
  format: z.enum(exportFormats).default('json'),
  lang: z.enum(['fr', 'en']).optional(),
})

/** The page's download links: `?langue=fr|en` picks the PDF's language (not `lang`, which switches the interface). */
export const pdfPageQuery = z.object({ langue: z.enum(['fr', 'en']).optional() })
