import type { FieldErrors } from '../../../platform/errors.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { Field, FormActions, fieldsOf, PostForm, TextAreaField } from '../../../platform/views/form.js'
import { labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import type { CapacityOutput } from './organization.contracts.js'
import { orgFields as f, orgText as m } from './organization.messages.js'
import { capacityStatuses } from './organization.schema.js'
import { capacityLabels } from './organization-services.js'

export type CapacityValues = Record<string, unknown>

/** The form's values from the capacity last stated (empty before anyone said). */
export function capacityValues(capacity: CapacityOutput | null): CapacityValues {
  if (!capacity) return {}
  return { status: capacity.status, waitingCount: capacity.waitingCount ?? '', note: capacity.note ?? '' }
}

/** The capacity form, the same for the partner (portal) and the directorate (staff app). */
export function CapacityForm(p: {
  lang: Lang
  action: string
  csrfToken: string
  cancelHref: string
  values: CapacityValues
  errors?: FieldErrors
}) {
  const { lang } = p
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  return (
    <>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <p>{m.capacityHelp[lang]}</p>
      <PostForm requiredNote lang={lang} action={p.action} csrfToken={p.csrfToken}>
        <RadioGroup
          {...at('status')}
          required
          options={capacityStatuses.map((s) => ({ value: s, label: capacityLabels[s][lang] }))}
        />
        <Field {...at('waitingCount')} maxLength={6} />
        <TextAreaField {...at('note')} rows={3} maxLength={500} hint={f.noteHint![lang]} />
        <FormActions saveLabel={f.save![lang]} cancelHref={p.cancelHref} cancelLabel={f.cancel![lang]} />
      </PostForm>
    </>
  )
}
