import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'

const optionalText = (max: number) => z.string().trim().max(max).nullish()

const wholeNumber = {
  fr: 'Un nombre entier, 0 ou plus.',
  en: 'A whole number, 0 or more.',
}

/** A count of participants: a whole number from 0 (forms send text, hence the coercion). */
const participants = z.coerce
  .number()
  .refine((n) => Number.isInteger(n) && n >= 0 && n <= 10_000_000, { params: wholeNumber })
  .nullish()

const endNotBeforeStart = {
  fr: 'La date de fin ne peut précéder la date de début.',
  en: 'The end date cannot come before the start date.',
}

const immigrantsWithinTotal = {
  fr: 'Les participants immigrants ne peuvent dépasser le nombre total de participants.',
  en: 'Immigrant participants cannot exceed the total number of participants.',
}

type Checked = {
  startOn: string
  endOn: string
  immigrantParticipants?: number | null
  totalParticipants?: number | null
}

/** The checks a single action makes on itself (the agreement and the catalogue are checked by the service). */
function withOwnChecks<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape)
    .refine((v) => (v as unknown as Checked).endOn >= (v as unknown as Checked).startOn, {
      path: ['endOn'],
      params: endNotBeforeStart,
    })
    .refine(
      (v) => {
        const { immigrantParticipants: i, totalParticipants: t } = v as unknown as Checked
        return i == null || t == null || i <= t
      },
      { path: ['immigrantParticipants'], params: immigrantsWithinTotal },
    )
}

/** What a partner declares about an action held, in a report (the agreement is the report's). */
const reportedShape = {
  kindCode: z.string().trim().min(1).max(60),
  title: z.string().trim().min(1).max(200),
  description: optionalText(4000),
  startOn: isoDate(),
  endOn: isoDate(),
  municipality: optionalText(120),
  immigrantParticipants: participants,
  totalParticipants: participants,
  partnersInvolved: optionalText(1000),
}

/** An action declared in a partner report: kind, title, dates, municipality, participants. */
export const reportedActionInput = withOwnChecks(reportedShape)
export type ReportedActionInput = z.output<typeof reportedActionInput>

/** An action as created by staff, or as fully replaced by the edit form (an absent optional field is cleared). */
export const actionInput = withOwnChecks({
  ...reportedShape,
  agreementId: z.uuid(),
  mrcCode: z.string().trim().max(10).nullish(),
})
export type ActionInput = z.output<typeof actionInput>
