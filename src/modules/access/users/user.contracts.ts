import { z } from 'zod'
import { isUuid } from '../../../platform/validation.js'
import { roles, scopeKinds } from './user.schema.js'

export const roleSchema = z.enum(roles)
export const scopeKindSchema = z.enum(scopeKinds)

/** A new staff or partner account. The scope's ref names a directorate, region, service point or organization. */
export const createUserInput = z
  .object({
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(200),
    password: z.string().min(12).max(200),
    role: roleSchema,
    scopeKind: scopeKindSchema,
    scopeRef: z.string().trim().min(1).max(100).optional(),
    locale: z.enum(['fr', 'en']).optional(),
  })
  .refine((v) => v.scopeKind === 'all' || v.scopeRef !== undefined, {
    path: ['scopeRef'],
    params: { fr: 'Précisez la portée (région, direction, point de services…).', en: 'Give the scope reference.' },
  })
  // A region is named by its code; directorates, service points and organizations by their id.
  .refine(
    (v) => v.scopeRef === undefined || (v.scopeKind === 'region' ? /^\d{2}$/.test(v.scopeRef) : isUuid(v.scopeRef)),
    {
      path: ['scopeRef'],
      params: {
        fr: 'Référence de portée invalide : un code de région (01 à 17) ou un identifiant.',
        en: 'Invalid scope reference: a region code (01 to 17) or an id.',
      },
    },
  )
export type CreateUserInput = z.output<typeof createUserInput>

export const signInInput = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
})
export type SignInInput = z.infer<typeof signInInput>

export const userOutput = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  scopeKind: scopeKindSchema,
  scopeRef: z.string().nullable(),
  locale: z.enum(['fr', 'en']),
})
export type UserOutput = z.infer<typeof userOutput>

/** A user's own password change. */
export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(12).max(200),
    confirmation: z.string().min(1).max(200),
  })
  .refine((v) => v.newPassword === v.confirmation, {
    path: ['confirmation'],
    params: {
      fr: 'La confirmation ne correspond pas au nouveau mot de passe.',
      en: 'The confirmation does not match the new password.',
    },
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    params: {
      fr: 'Le nouveau mot de passe doit être différent de l’actuel.',
      en: 'The new password must differ from the current one.',
    },
  })
export type ChangePasswordInput = z.input<typeof changePasswordInput>
