import { describedBy, FieldError, type FieldProps, RequiredMark } from '../../../platform/views/fields.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { occupationText as m } from './occupation.messages.js'
import type { OccupationOutput } from './occupation.contracts.js'

/** The fragment routes of the picker (occupation.pages.tsx). */
export const CNP_SUGGESTIONS = '/app/cnp/suggestions'
export const CNP_CHOICE = '/app/cnp/choix'

type CnpInputProps = { name: string; value?: string | null; required?: boolean; multiple?: boolean; error?: boolean }

/** The text control of the picker: a code, codes separated by commas, or words (resolved by `resolveCnpInput`). */
export function CnpInput(p: CnpInputProps & { autofocus?: boolean }) {
  const id = `f-${p.name}`
  return (
    <input
      id={id}
      name={p.name}
      type="text"
      value={p.value ?? ''}
      required={p.required}
      aria-required={p.required ? 'true' : undefined}
      autocomplete="off"
      maxLength={p.multiple ? 300 : 100}
      aria-invalid={p.error ? 'true' : undefined}
      aria-describedby={describedBy(id, true, Boolean(p.error))}
      autofocus={p.autofocus}
    />
  )
}

/**
 * The CNP 2021 picker of a form (labour need: one code; candidate profile: several, comma-separated). Without
 * JavaScript it is a text field that the form's handler resolves with `resolveCnpInput`. With htmx, typing asks
 * `/app/cnp/suggestions` for a list of buttons (code — title); choosing one puts its code in the field.
 */
export function CnpField(p: Omit<FieldProps, 'type' | 'autocomplete'> & { multiple?: boolean }) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  const hint = p.hint ?? (p.multiple ? m.fieldHintMultiple : m.fieldHint)[p.lang]
  const vals = JSON.stringify({
    field: p.name,
    ...(p.multiple ? { multiple: '1' } : {}),
    ...(p.required ? { required: '1' } : {}),
  })
  // The suggestion buttons inside carry their own request: they inherit none of this one (hx-disinherit).
  return (
    <div
      class={error ? 'qc-textfield field-invalid' : 'qc-textfield'}
      hx-get={CNP_SUGGESTIONS}
      hx-trigger="input delay:300ms from:find input"
      hx-include={`#${id}`}
      hx-vals={vals}
      hx-target={`#${id}-suggestions`}
      hx-swap="innerHTML"
      hx-disinherit="*"
    >
      <label class="qc-label" for={id}>
        <span class="qc-label-text">{p.label}</span>
        {p.required ? <RequiredMark lang={p.lang} /> : null}
      </label>
      <div class="qc-description" id={`${id}-hint`}>
        {hint}
      </div>
      <CnpInput name={p.name} value={p.value} required={p.required} multiple={p.multiple} error={Boolean(error)} />
      {error ? <FieldError id={`${id}-error`} message={error[p.lang]} /> : null}
      <div id={`${id}-suggestions`} aria-live="polite" />
    </div>
  )
}

const titleOf = (o: OccupationOutput, lang: Lang) => (lang === 'fr' ? (o.titleFr ?? o.titleEn) : o.titleEn)

/** The picker's suggestions (htmx fragment): one button per unit group, which puts its code in the field. */
export function CnpSuggestions(p: {
  lang: Lang
  field: string
  found: OccupationOutput[]
  current: string
  multiple: boolean
  required: boolean
}) {
  if (p.found.length === 0) return <p>{m.none[p.lang]}</p>
  const base = new URLSearchParams({ field: p.field, current: p.current })
  if (p.multiple) base.set('multiple', '1')
  if (p.required) base.set('required', '1')
  return (
    <ul class="cnp-suggestions" aria-label={m.suggestions[p.lang]}>
      {p.found.map((o) => (
        <li key={o.code}>
          <button
            type="button"
            class="qc-button qc-tertiary qc-compact"
            hx-get={`${CNP_CHOICE}?${base.toString()}&code=${o.code}`}
            // hx-disinherit does not reach hx-vals: without this, the field's vals were sent twice (a 400).
            hx-vals="unset"
            hx-target={`#f-${p.field}`}
            hx-swap="outerHTML"
          >
            {o.code} — {titleOf(o, p.lang)}
          </button>
        </li>
      ))}
    </ul>
  )
}

/** The field's value once a suggestion is chosen: the code, or (several) the codes typed before and this one. */
export function valueAfterChoice(current: string, code: string, multiple: boolean): string {
  if (!multiple) return code
  const kept = current
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter((t) => /^[0-9]{5}$/.test(t))
  return [...new Set([...kept, code])].join(', ')
}
