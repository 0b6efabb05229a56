import type { FastifyRequest } from 'fastify'
import { AppPage, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import {
  Field,
  FieldError,
  FormActions,
  fieldsOf,
  MultiSelectField,
  PostForm,
  SelectField,
  TextAreaField,
} from '../../../platform/views/form.js'
import { formatDate, labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import type { AgreementChoices } from './agreement-choices.js'
import type { FormValues } from './agreement-form.js'
import { agreementFields as f, agreementText as m } from './agreement.messages.js'
import { fiscalYearLabel } from './fiscal-years.js'

/** One amount field per fiscal year of the period, in dollars. */
export function AmountFields(p: { lang: Lang; years: readonly number[]; values: FormValues; errors?: FieldErrors }) {
  const error = p.errors?.amounts
  return (
    <fieldset class="qc-fieldset" id="f-amounts" aria-describedby={error ? 'f-amounts-error' : 'f-amounts-hint'}>
      <legend>
        <span class="qc-label-text">{m.amountsLegend[p.lang]}</span>
      </legend>
      <p class="qc-description" id="f-amounts-hint">
        {m.amountsHint[p.lang]}
      </p>
      {error ? <FieldError id="f-amounts-error" message={error[p.lang]} /> : null}
      {p.years.map((year) => (
        <Field
          key={year}
          lang={p.lang}
          name={`amount_${year}`}
          label={`${f.fiscalYear[p.lang]} ${fiscalYearLabel(year)}`}
          value={typeof p.values[`amount_${year}`] === 'string' ? (p.values[`amount_${year}`] as string) : ''}
          errors={p.errors}
          required
        />
      ))}
    </fieldset>
  )
}

const closedOn = { fr: 'fermé le', en: 'closed on' }

/** The program-and-volet choice: the volets grouped by program, closed ones marked (the service checks the dates). */
function voletGroups(lang: Lang, programs: AgreementChoices['programs']) {
  return programs.map((p) => ({
    label: `${p.code} — ${localName(lang, p)}`,
    options: p.volets.map((v) => ({
      value: `${p.code}|${v.id}`,
      label: `${p.code} ${v.code} — ${localName(lang, v)}${v.validTo ? ` (${closedOn[lang]} ${formatDate(v.validTo, lang)})` : ''}`,
    })),
  }))
}

export type AgreementFormProps = {
  request: FastifyRequest
  deps: ModuleDeps
  title: string
  action: string
  /** Where "show the fiscal years" posts (step 1 → step 2). */
  yearsAction: string
  cancelHref: string
  values: FormValues
  errors?: FieldErrors
  /** The fiscal years of the dates chosen; undefined while on step 1. */
  years?: readonly number[]
  choices: AgreementChoices
}

/** The agreement's terms: organization, program and volet, reference, title, objectives, MRCs, referral funding. */
function TermsFields(p: { props: AgreementFormProps; at: ReturnType<typeof fieldsOf> }) {
  const { props, at } = p
  const lang = props.request.lang
  const { choices } = props
  return (
    <>
      <SelectField
        {...at('organizationId')}
        required
        emptyLabel=""
        options={choices.organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <SelectField
        {...at('voletId')}
        required
        emptyLabel=""
        options={[]}
        groups={voletGroups(lang, choices.programs)}
      />
      <Field {...at('reference')} required maxLength={50} />
      <Field {...at('title')} required maxLength={300} />
      <TextAreaField {...at('objectives')} rows={4} maxLength={5000} />
      <MultiSelectField
        lang={lang}
        name="mrcCodes"
        label={`${f.mrcCodes[lang]} — ${m.mrcHint[lang]}`}
        options={choices.mrcs.map((x) => ({ value: x.code, label: x.name }))}
        values={props.values}
        errors={props.errors}
      />
      <CheckboxField
        name="fundsReferrals"
        label={f.fundsReferrals[lang]}
        checked={props.values.fundsReferrals === 'true'}
      />
    </>
  )
}

/** The agreement form in two steps without JavaScript: the dates first, then one amount per fiscal year. */
export function AgreementFormPage(p: AgreementFormProps) {
  const lang = p.request.lang
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.title}>
      <h1>{p.title}</h1>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <p>{(p.years ? m.step2 : m.step1)[lang]}</p>
      <PostForm requiredNote lang={lang} action={p.action} csrfToken={p.request.csrfToken}>
        <TermsFields props={p} at={at} />
        <Field {...at('startOn')} type="date" required />
        <Field {...at('endOn')} type="date" required />
        <Field {...at('total')} />
        {p.years ? <AmountFields lang={lang} years={p.years} values={p.values} errors={p.errors} /> : null}
        {p.years ? (
          <FormActions saveLabel={m.save[lang]} cancelHref={p.cancelHref} cancelLabel={m.cancel[lang]} />
        ) : null}
        <div class="button-row">
          <button
            class={`qc-button ${p.years ? 'qc-secondary' : 'qc-primary'}`}
            type="submit"
            formAction={p.yearsAction}
          >
            {m.showYears[lang]}
          </button>
        </div>
      </PostForm>
    </AppPage>
  )
}
