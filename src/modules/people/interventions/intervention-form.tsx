import type { FieldErrors } from '../../../platform/errors.js'
import { Field, fieldsOf, PostForm, SelectField, TextAreaField } from '../../../platform/views/form.js'
import { labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { interventionFields, interventionText as m, modeLabels } from './intervention.messages.js'
import { interventionModes } from './intervention.schema.js'

/** The form's fields as typed, and their errors (an error on the instant shows on the date). */
export type InterventionFormState = { values: Record<string, unknown>; errors?: FieldErrors }

/** The dossier page's form to record an intervention (date and time on Québec's clock). */
export function InterventionForm(p: {
  lang: Lang
  action: string
  csrfToken: string
  state: InterventionFormState
  servicePoints: { value: string; label: string }[]
}) {
  const { lang } = p
  const labels = labelsIn(lang, interventionFields)
  const errors = p.state.errors?.occurredAt
    ? { ...p.state.errors, occurredDate: p.state.errors.occurredAt }
    : p.state.errors
  const { occurredAt: _, ...shown } = errors ?? {}
  const at = fieldsOf({ lang, labels, values: p.state.values, errors })
  return (
    <section aria-labelledby="intervention-title" id="intervention">
      <h2 id="intervention-title">{m.formTitle[lang]}</h2>
      <ErrorSummary lang={lang} errors={errors ? shown : undefined} labels={labels} />
      <PostForm requiredNote lang={lang} action={p.action} csrfToken={p.csrfToken}>
        <Field {...at('occurredDate')} type="date" required />
        <Field {...at('occurredTime')} required hint={m.timeHint[lang]} maxLength={5} />
        <SelectField
          {...at('mode')}
          required
          emptyLabel=""
          options={interventionModes.map((k) => ({ value: k, label: modeLabels[k][lang] }))}
        />
        <Field {...at('durationMinutes')} required maxLength={3} />
        <SelectField {...at('servicePointId')} required options={p.servicePoints} />
        <TextAreaField {...at('summary')} required maxLength={4000} rows={5} />
        <div class="button-row">
          <button class="qc-button qc-primary" type="submit">
            {m.save[lang]}
          </button>
        </div>
      </PostForm>
    </section>
  )
}
