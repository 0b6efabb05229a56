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

const requiredMark = { fr: '(obligatoire)', en: '(required)' }

/** A labelled input with its hint and its error, wired with aria-describedby / aria-invalid. */
export function Field(p: FieldProps) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  const describedBy = [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>
        {p.label} {p.required ? <span class="required">{requiredMark[p.lang]}</span> : null}
      </label>
      {p.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          {error[p.lang]}
        </p>
      ) : null}
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        required={p.required}
        autocomplete={p.autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  )
}

type SelectProps = Omit<FieldProps, 'type' | 'autocomplete'> & {
  options: { value: string; label: string }[]
  emptyLabel?: string
}

/** A labelled select with its error. */
export function SelectField(p: SelectProps) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>
        {p.label} {p.required ? <span class="required">{requiredMark[p.lang]}</span> : null}
      </label>
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          {error[p.lang]}
        </p>
      ) : null}
      <select
        id={id}
        name={p.name}
        required={p.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {p.emptyLabel !== undefined ? <option value="">{p.emptyLabel}</option> : null}
        {p.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === (p.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

const summaryTitle = { fr: 'Le formulaire contient des erreurs', en: 'The form has errors' }

/** The error summary at the top of a form, linking to each field in error (GOV.UK / Québec.ca pattern). */
export function ErrorSummary(p: { lang: Lang; errors?: FieldErrors; labels: Record<string, string> }) {
  const entries = Object.entries(p.errors ?? {})
  if (entries.length === 0) return null
  return (
    <div class="error-summary" role="alert" tabIndex={-1} autofocus>
      <h2>{summaryTitle[p.lang]}</h2>
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
    </div>
  )
}

/** A POST form with its CSRF token. */
export function PostForm(p: { action: string; csrfToken: string; children: ComponentChildren; label?: string }) {
  return (
    <form method="post" action={p.action} aria-label={p.label} novalidate>
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      {p.children}
    </form>
  )
}

/** A notice (success or information) shown after a redirect. */
export function Notice(p: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      {p.children}
    </div>
  )
}

/** The text to show in a form field for a value of any type (null and undefined show empty). */
export function formValue(values: Record<string, unknown>, key: string): string {
  const v = values[key]
  return typeof v === 'string' ? v : v == null ? '' : String(v)
}

/** A labelled checkbox (value "true" when ticked; an unticked box sends nothing). */
export function CheckboxField(p: { name: string; label: string; checked: boolean }) {
  const id = `f-${p.name}`
  return (
    <div class="field field-checkbox">
      <input id={id} name={p.name} type="checkbox" value="true" checked={p.checked} />
      <label for={id}>{p.label}</label>
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
      <button class="button secondary" type="submit">
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
        <button class="button danger" type="submit">
          {p.confirmLabel}
        </button>
        <a class="button tertiary" href={p.cancelHref}>
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
    <div class="notice notice-secret" role="status" tabIndex={-1} autofocus id="secret">
      <p>{p.message}</p>
      <dl class="secret-lines">
        <dt>{sep(p.subject[0])}</dt>
        <dd>{p.subject[1]}</dd>
        <dt>{sep(p.secret[0])}</dt>
        <dd>
          <code class="secret">{p.secret[1]}</code>
        </dd>
      </dl>
    </div>
  )
}

/** The end of a form: the main action, and a way back that saves nothing. */
export function FormActions(p: { saveLabel: string; cancelHref: string; cancelLabel: string }) {
  return (
    <div class="button-row">
      <button class="button" type="submit">
        {p.saveLabel}
      </button>
      <a class="button tertiary" href={p.cancelHref}>
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
