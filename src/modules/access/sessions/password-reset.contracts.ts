import { z } from 'zod'
import { changePasswordInput } from '../users/user.contracts.js'

/** "Forgot your password?": the address the link is sent to (if an account has it). */
export const forgotPasswordInput = z.object({ email: z.email().max(254) })
export type ForgotPasswordInput = z.input<typeof forgotPasswordInput>

/** The new password chosen through a reset link: the account page's rule (length), typed twice. */
export const resetPasswordInput = z
  .object({
    jeton: z.string().min(1).max(200),
    newPassword: changePasswordInput.shape.newPassword,
    confirmation: z.string().min(1).max(200),
  })
  .refine((v) => v.newPassword === v.confirmation, {
    path: ['confirmation'],
    params: {
      fr: 'La confirmation ne correspond pas au nouveau mot de passe.',
      en: 'The confirmation does not match the new password.',
    },
  })
export type ResetPasswordInput = z.input<typeof resetPasswordInput>
