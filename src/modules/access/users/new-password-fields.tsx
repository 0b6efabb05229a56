import type { FieldErrors, Localized } from '../../../platform/errors.js'
import { Field } from '../../../platform/views/form.js'
import type { Lang } from '../../../platform/views/i18n.js'

/** The rule a new password follows, shown under the field wherever one is chosen (account page, reset link). */
export const newPasswordHint: Localized = {
  fr: 'Au moins 12 caractères. Une phrase de passe est plus facile à retenir.',
  en: 'At least 12 characters. A passphrase is easier to remember.',
}

/** A new password and its confirmation (the account page and the reset link's page: one form, one rule). */
export function NewPasswordFields(p: {
  lang: Lang
  labels: { newPassword: string; confirmation: string }
  errors: FieldErrors | undefined
}) {
  const common = {
    lang: p.lang,
    type: 'password',
    errors: p.errors,
    required: true,
    autocomplete: 'new-password',
  } as const
  return (
    <>
      <Field {...common} name="newPassword" label={p.labels.newPassword} hint={newPasswordHint[p.lang]} />
      <Field {...common} name="confirmation" label={p.labels.confirmation} />
    </>
  )
}
