import type { ComponentChildren } from 'preact'
import type { FieldErrors } from '../errors.js'
import type { Lang } from './i18n.js'

type FieldProps = {
  lang: Lang
  name: string
  label: string
  value?: string | null
  errors?: FieldErrors
  type?: 'text' | 'email' | 'password' | 'date' | 'tel' | 'url' | 'search'
  required?: boolean
  hint?: string
  autocomplete?: string
}

const requiredText = { fr: 'obligatoire', en: 'required' }

/** A field's label in the SDG manner: the text, and a red asterisk for a required field (its word for screen readers). */
function Label(p: { lang: Lang; id: string; label: string; required?: boolean }) {
  return (
    <label class="qc-label" for={p.id}>
      <span class="qc-label-text">{p.label}</span>
      {p.required ? (
        <>
          <span class="qc-required" aria-hidden="true">
            *
          </span>
          <span class="qc-sr-only"> ({requiredText[p.lang]})</span>
        </>
      ) : null}
    </label>
  )
}

/** A field's error under the control, with the kit's warning icon (the text is what aria-describedby points at). */
function FieldError(p: { id: string; message: string }) {
  return (
    <div class="qc-form-error">
      <span class="qc-icon" data-img-type="warning" data-img-size="md" aria-hidden="true" />
      <span id={p.id}>{p.message}</span>
    </div>
  )
}

/** A labelled SDG text field with its description and its error, wired with aria-describedby / aria-invalid. */
export function Field(p: FieldProps) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  const describedBy = [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div class={error ? 'qc-textfield field-invalid' : 'qc-textfield'}>
      <Label lang={p.lang} id={id} label={p.label} required={p.required} />
      {p.hint ? (
        <div class="qc-description" id={`${id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        required={p.required}
        aria-required={p.required ? 'true' : undefined}
        autocomplete={p.autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error ? <FieldError id={`${id}-error`} message={error[p.lang]} /> : null}
    </div>
  )
}

type SelectProps = Omit<FieldProps, 'type' | 'autocomplete'> & {
  options: { value: string; label: string }[]
  emptyLabel?: string
}

/** A labelled native select in the SDG field frame, with its error (the kit's dropdown needs JavaScript). */
export function SelectField(p: SelectProps) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  const describedBy = [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div class={error ? 'qc-select field-invalid' : 'qc-select'}>
      <Label lang={p.lang} id={id} label={p.label} required={p.required} />
      {p.hint ? (
        <div class="qc-description" id={`${id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      <select
        id={id}
        name={p.name}
        required={p.required}
        aria-required={p.required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      >
        {p.emptyLabel !== undefined ? <option value="">{p.emptyLabel}</option> : null}
        {p.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === (p.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? <FieldError id={`${id}-error`} message={error[p.lang]} /> : null}
    </div>
  )
}

/**
 * A group of SDG choice fields (radio buttons, one answer) in a fieldset with its legend and error: the SDG's choice
 * for a handful of options, all visible at once. The first button carries the field's id, so the error summary's link
 * lands on the group.
 */
export function RadioGroup(p: Omit<SelectProps, 'emptyLabel'>) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  const describedBy = [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  const fieldset = (
    <fieldset class="qc-choice-group qc-fieldset" aria-describedby={describedBy || undefined}>
      <legend>
        <span class="qc-label-text">{p.label}</span>
        {p.required ? (
          <>
            <span class="qc-required" aria-hidden="true">
              *
            </span>
            <span class="qc-sr-only"> ({requiredText[p.lang]})</span>
          </>
        ) : null}
      </legend>
      {p.hint ? (
        <div class="qc-description" id={`${id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      <div class="qc-field-elements-flex qc-field-elements-flex-md">
        {p.options.map((o, i) => (
          <label key={o.value} class="qc-choicefield-label">
            <input
              type="radio"
              class="qc-choicefield"
              id={i === 0 ? id : `${id}-${i}`}
              name={p.name}
              value={o.value}
              checked={o.value === (p.value ?? '')}
              required={p.required}
              aria-invalid={error ? 'true' : undefined}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error ? <FieldError id={`${id}-error`} message={error[p.lang]} /> : null}
    </fieldset>
  )
  return error ? <div class="qc-fieldset-invalid">{fieldset}</div> : fieldset
}

const summaryTitle = { fr: 'Le formulaire contient des erreurs', en: 'The form has errors' }
const noticeLabel = {
  error: { fr: 'Erreur', en: 'Error' },
  success: { fr: 'Succès', en: 'Success' },
  information: { fr: 'Information', en: 'Information' },
  warning: { fr: 'Avertissement', en: 'Warning' },
} as const
const noticeIcon = { error: 'error', success: 'success', information: 'information', warning: 'warning' } as const

/**
 * An SDG notice (avis): a coloured frame with its icon, a heading and content. `role` makes a screen reader announce
 * it (status for a confirmation, alert for errors); `focus` moves the keyboard there when the page opens.
 */
export function SdgNotice(p: {
  lang: Lang
  type: keyof typeof noticeLabel
  title?: string
  role?: 'status' | 'alert'
  focus?: boolean
  id?: string
  class?: string
  children?: ComponentChildren
}) {
  return (
    <div
      class={`qc-notice qc-${p.type}${p.class ? ` ${p.class}` : ''}`}
      role={p.role}
      id={p.id}
      tabIndex={p.focus ? -1 : undefined}
      autofocus={p.focus}
    >
      <div class="icon-container">
        <span
          class="qc-icon"
          role="img"
          aria-label={noticeLabel[p.type][p.lang]}
          data-img-type={noticeIcon[p.type]}
          data-img-size="nm"
        />
      </div>
      <div class="content-container">
        <div class="content">
          {p.title ? <h2>{p.title}</h2> : null}
          {p.children}
        </div>
      </div>
    </div>
  )
}

/** The error summary at the top of a form, linking to each field in error, in an SDG error notice. */
export function ErrorSummary(p: { lang: Lang; errors?: FieldErrors; labels: Record<string, string> }) {
  const entries = Object.entries(p.errors ?? {})
  if (entries.length === 0) return null
  return (
    <SdgNotice lang={p.lang} type="error" title={summaryTitle[p.lang]} role="alert" focus class="error-summary">
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#f-${name}`}>
              {p.labels[name] ? `${p.labels[name]}${p.lang === 'fr' ? ' : ' : ': '}` : ''}
              {message[p.lang]}
            </a>
          </li>
        ))}
      </ul>
    </SdgNotice>
  )
}

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
}) {
  return (
    <form method="post" action={p.action} aria-label={p.label} novalidate>
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

/** A success notice shown after a redirect (the result of what the user just did). */
export function Notice(p: { lang: Lang; children: ComponentChildren }) {
  return (
    <SdgNotice lang={p.lang} type="success" role="status">
      {p.children}
    </SdgNotice>
  )
}

/** The text to show in a form field for a value of any type (null and undefined show empty). */
export function formValue(values: Record<string, unknown>, key: string): string {
  const v = values[key]
  return typeof v === 'string' ? v : v == null ? '' : String(v)
}

/** A labelled SDG checkbox (value "true" when ticked; an unticked box sends nothing). */
export function CheckboxField(p: { name: string; label: string; checked: boolean }) {
  const id = `f-${p.name}`
  return (
    <div class="qc-checkbox-single">
      <label class="qc-choicefield-label" for={id}>
        <input id={id} class="qc-choicefield" name={p.name} type="checkbox" value="true" checked={p.checked} />
        <span>{p.label}</span>
      </label>
    </div>
  )
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
 * A one-time secret (a generated password, a token), shown at the top with focus on it so nobody misses it: what it
 * is for (`subject`, e.g. the account's email) and the secret itself, each on its own labelled line.
 */
export function SecretNotice(p: {
  lang: Lang
  message: string
  subject: [label: string, value: string]
  secret: [label: string, value: string]
}) {
  const sep = (label: string) => `${label}${p.lang === 'fr' ? ' :' : ':'}`
  return (
    <SdgNotice lang={p.lang} type="warning" role="status" focus id="secret" class="notice-secret">
      <p>{p.message}</p>
      <dl class="secret-lines">
        <dt>{sep(p.subject[0])}</dt>
        <dd>{p.subject[1]}</dd>
        <dt>{sep(p.secret[0])}</dt>
        <dd>
          <code class="secret">{p.secret[1]}</code>
        </dd>
      </dl>
    </SdgNotice>
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
