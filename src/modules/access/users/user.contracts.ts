import { z } from 'zod'
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
    locale: z.enum(['fr', 'en']).default('fr'),
  })
  .refine((v) => v.scopeKind === 'all' || v.scopeRef !== undefined, {
    path: ['scopeRef'],
    params: { fr: 'Précisez la portée (région, direction, point de services…).', en: 'Give the scope reference.' },
  })
export type CreateUserInput = z.input<typeof createUserInput>

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
    params: { fr: 'La confirmation ne correspond pas au nouveau mot de passe.', en: 'The confirmation does not match the new password.' },
  })
export type ChangePasswordInput = z.input<typeof changePasswordInput>
