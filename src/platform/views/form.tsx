import type { ComponentChildren } from 'preact'
import type { FieldErrors } from '../errors.js'
import { Field } from './fields.js'
import type { Lang } from './i18n.js'
import { ErrorSummary } from './notice.js'

// Fields are in fields.tsx; forms import both from here.
export {
  describedBy,
  Field,
  FieldError,
  type FieldProps,
  MultiSelectField,
  RequiredMark,
  SelectField,
  type SelectProps,
  TextAreaField,
} from './fields.js'

const requiredNote = {
  fr: ['Les champs marqués d’un astérisque (', ') sont obligatoires.'],
  en: ['Fields marked with an asterisk (', ') are required.'],
}

/** A POST form with its CSRF token; `requiredNote` explains the asterisk of required fields above them. */
export function PostForm(p: {
  action: string
  csrfToken: string
  children: ComponentChildren
  label?: string
  lang?: Lang
  requiredNote?: boolean
  /** `multipart/form-data` for a form that sends a file. */
  enctype?: 'multipart/form-data'
}) {
  return (
    <form method="post" action={p.action} aria-label={p.label} enctype={p.enctype} novalidate>
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      {p.requiredNote && p.lang ? (
        <p class="required-note">
          {requiredNote[p.lang][0]}
          <span class="qc-required">*</span>
          {requiredNote[p.lang][1]}
        </p>
      ) : null}
      {p.children}
    </form>
  )
}

/**
 * The props every field of one form shares, bound once: `const at = fieldsOf({ lang, labels, values, errors })`, then
 * `<Field {...at('city')} required />`, `<SelectField {...at('region')} options={…} />`, `<RadioGroup {...at('role')} … />`.
 */
export function fieldsOf(p: {
  lang: Lang
  labels: Record<string, string>
  values: Record<string, unknown>
  errors?: FieldErrors
}) {
  return (name: string) => ({
    lang: p.lang,
    name,
    label: p.labels[name] ?? name,
    value: formValue(p.values, name),
    errors: p.errors,
  })
}

/** The text to show in a form field for a value of any type (null and undefined show empty). */
export function formValue(values: Record<string, unknown>, key: string): string {
  const v = values[key]
  return typeof v === 'string' ? v : v == null ? '' : String(v)
}

/**
 * A GET form that filters a list: works as a plain form without JavaScript; with htmx, it refreshes only the results
 * (`target`) as the user types, keeps the URL in step, and sends the CSRF header like every htmx request.
 */
export function FilterForm(p: {
  action: string
  label: string
  target: string
  csrfToken: string
  submitLabel: string
  children: ComponentChildren
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: role="search" on the form itself is the landmark every screen reader knows
    <form
      method="get"
      action={p.action}
      role="search"
      aria-label={p.label}
      class="filter-form"
      hx-get={p.action}
      hx-target={`#${p.target}`}
      hx-swap="outerHTML"
      hx-trigger="input delay:300ms, submit"
      hx-push-url="true"
      hx-headers={JSON.stringify({ 'x-csrf-token': p.csrfToken })}
    >
      {p.children}
      <button class="qc-button qc-secondary qc-compact" type="submit">
        {p.submitLabel}
      </button>
    </form>
  )
}

/**
 * The confirmation step of a destructive action, without JavaScript: a question, a danger button that posts, and a
 * way back that changes nothing.
 */
export function ConfirmForm(p: {
  action: string
  csrfToken: string
  question: string
  confirmLabel: string
  cancelHref: string
  cancelLabel: string
  children?: ComponentChildren
}) {
  return (
    <PostForm action={p.action} csrfToken={p.csrfToken} label={p.question}>
      <p class="confirm-question">{p.question}</p>
      {p.children}
      <div class="button-row">
        <button class="qc-button qc-danger" type="submit">
          {p.confirmLabel}
        </button>
        <a class="qc-button qc-tertiary" href={p.cancelHref}>
          {p.cancelLabel}
        </a>
      </div>
    </PostForm>
  )
}

/**
 * A confirmation that asks why (a rejection): the errors of the last post, the question, a required `reason`
 * (500 characters at most), the danger button and a way back. `labels` name the fields in the error summary.
 */
export function ReasonConfirmForm(p: {
  lang: Lang
  action: string
  csrfToken: string
  question: string
  confirmLabel: string
  cancelHref: string
  cancelLabel: string
  reasonLabel: string
  reason?: string
  errors?: FieldErrors
  labels: Record<string, string>
}) {
  return (
    <>
      <ErrorSummary lang={p.lang} errors={p.errors} labels={p.labels} />
      <ConfirmForm
        action={p.action}
        csrfToken={p.csrfToken}
        question={p.question}
        confirmLabel={p.confirmLabel}
        cancelHref={p.cancelHref}
        cancelLabel={p.cancelLabel}
      >
        <Field
          lang={p.lang}
          name="reason"
          label={p.reasonLabel}
          required
          value={p.reason}
          errors={p.errors}
          maxLength={500}
        />
      </ConfirmForm>
    </>
  )
}

/** The end of a form: the main action, and a way back that saves nothing. */
export function FormActions(p: { saveLabel: string; cancelHref: string; cancelLabel: string }) {
  return (
    <div class="button-row">
      <button class="qc-button qc-primary" type="submit">
        {p.saveLabel}
      </button>
      <a class="qc-button qc-tertiary" href={p.cancelHref}>
        {p.cancelLabel}
      </a>
    </div>
  )
}

/** A record for readers who may not change it: label and value pairs, the empty ones left out. */
export function DetailsList(p: { rows: [label: string, value: string | null][] }) {
  return (
    <dl class="details">
      {p.rows
        .filter(([, v]) => v)
        .map(([label, v]) => (
          <>
            <dt>{label}</dt>
            <dd>{v}</dd>
          </>
        ))}
    </dl>
  )
}
