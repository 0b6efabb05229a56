import type { ComponentChildren } from 'preact'
import type { FieldErrors } from '../errors.js'
import { colon, type Lang } from './i18n.js'

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
  /** The title's heading level: 2 under the page's title (the default), 3 inside a section. */
  level?: 2 | 3
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
          {p.title ? p.level === 3 ? <h3>{p.title}</h3> : <h2>{p.title}</h2> : null}
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
              {p.labels[name] ? `${p.labels[name]}${colon(p.lang)}` : ''}
              {message[p.lang]}
            </a>
          </li>
        ))}
      </ul>
    </SdgNotice>
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
