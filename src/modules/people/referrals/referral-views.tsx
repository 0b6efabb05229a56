import type { FieldErrors } from '../../../platform/errors.js'
import { FieldError } from '../../../platform/views/form.js'
import { formatDate, formatDateTime, type Lang } from '../../../platform/views/i18n.js'
import type { ReferralEventOutput } from './referral.contracts.js'
import { referralText as m, statusLabels } from './referral.messages.js'

/**
 * A group of SDG checkboxes sharing one name (several ids chosen at once), in a fieldset with its legend and error;
 * the first box carries the field's id so the error summary's link lands on the group.
 */
export function CheckboxGroup(p: {
  lang: Lang
  name: string
  legend: string
  options: { value: string; label: string }[]
  checked: readonly string[]
  errors?: FieldErrors
  empty: string
}) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  if (p.options.length === 0) return <p>{p.empty}</p>
  return (
    <fieldset class="qc-choice-group qc-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        <span class="qc-label-text">{p.legend}</span>
      </legend>
      {p.options.map((o, i) => (
        <div class="qc-checkbox-single" key={o.value}>
          <label class="qc-choicefield-label" for={i === 0 ? id : `${id}-${i}`}>
            <input
              id={i === 0 ? id : `${id}-${i}`}
              class="qc-choicefield"
              name={p.name}
              type="checkbox"
              value={o.value}
              checked={p.checked.includes(o.value)}
            />
            <span>{o.label}</span>
          </label>
        </div>
      ))}
      {error ? <FieldError id={`${id}-error`} message={error[p.lang]} /> : null}
    </fieldset>
  )
}

/** The values of a checkbox group as the form sent them (none, one or several). */
export function checkedOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return typeof value === 'string' ? [value] : []
}

/** A referral's history, oldest first: when, the status it reached, who (staff only), the comment. */
export function History(p: { lang: Lang; events: (Omit<ReferralEventOutput, 'by'> & { by?: string | null })[] }) {
  const { lang } = p
  if (p.events.length === 0) return null
  return (
    <ol class="referral-history">
      {p.events.map((e) => (
        <li key={e.at + e.toStatus}>
          <strong>{formatDateTime(e.at, lang)}</strong>
          {` — ${e.fromStatus === e.toStatus ? m.comment[lang] : statusLabels[e.toStatus][lang]}`}
          {e.by ? ` (${e.by})` : ''}
          {e.comment ? <p>{e.comment}</p> : null}
        </li>
      ))}
    </ol>
  )
}

/** A civil date or nothing. */
export const dateOrNull = (value: string | null, lang: Lang) => (value ? formatDate(value, lang) : null)
