import type { FieldErrors } from '../../../platform/errors.js'
import { FieldError } from '../../../platform/views/form.js'
import { colon, formatDateTime, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import type { CapacityOutput } from './organization.contracts.js'
import { orgText as m } from './organization.messages.js'
import { capacityLabels, serviceLabel, servicesByVolet, voletLabels } from './organization-services.js'

/** An error on one item of a list ("languages.1") is shown on the list's field, where the summary's link leads. */
export function onFields(errors: FieldErrors | undefined): FieldErrors | undefined {
  if (!errors) return undefined
  const out: FieldErrors = {}
  for (const [key, message] of Object.entries(errors)) out[key.split('.')[0]!] ??= message
  return out
}

/** The values chosen in a list field: one value arrives as a string, several as an array. */
export function chosen(values: Record<string, unknown>, name: string): Set<string> {
  return new Set([values[name] ?? []].flat().map(String))
}

/** The capacity in words: status, persons waiting, when and by whom it was stated (`Jamais indiquée` before). */
export function CapacityText(p: { lang: Lang; capacity: CapacityOutput | null; withAuthor?: boolean }) {
  const { lang, capacity } = p
  if (!capacity) return <>{m.noCapacity[lang]}</>
  const waiting = capacity.waitingCount ? ` (${formatNumber(capacity.waitingCount, lang)} ${m.waiting[lang]})` : ''
  const when = capacity.updatedAt ? `, ${m.capacityAsOf[lang]} ${formatDateTime(capacity.updatedAt, lang)}` : ''
  const who = p.withAuthor && capacity.updatedBy ? ` ${m.capacityBy[lang]} ${capacity.updatedBy.name}` : ''
  return (
    <>
      <strong>{capacityLabels[capacity.status][lang]}</strong>
      {waiting}
      {when}
      {who}
      {capacity.note ? (
        <>
          <br />
          {capacity.note}
        </>
      ) : null}
    </>
  )
}

/** The services offered as boxes to tick, one group per volet (a handful each, all visible). */
export function ServicesField(p: { lang: Lang; label: string; values: Record<string, unknown>; errors?: FieldErrors }) {
  const { lang } = p
  const selected = chosen(p.values, 'services')
  const error = p.errors?.services
  let first = true
  return (
    <fieldset class="qc-fieldset" aria-describedby={error ? 'f-services-error' : undefined}>
      <legend>{p.label}</legend>
      {servicesByVolet().map(({ volet, categories }) => (
        <fieldset key={volet} class="qc-choice-group qc-fieldset">
          <legend>
            <span class="qc-label-text">{voletLabels[volet][lang]}</span>
          </legend>
          {categories.map((c) => {
            // The first box carries the field's id: the error summary's link lands on the group.
            const id = first ? 'f-services' : `f-services-${c}`
            first = false
            return (
              <label key={c} class="qc-choicefield-label" for={id}>
                <input
                  id={id}
                  class="qc-choicefield"
                  type="checkbox"
                  name="services"
                  value={c}
                  checked={selected.has(c)}
                />
                <span>{serviceLabel(c, lang)}</span>
              </label>
            )
          })}
        </fieldset>
      ))}
      {error ? <FieldError id="f-services-error" message={error[lang]} /> : null}
    </fieldset>
  )
}

/** "Label : value" in the language's punctuation. */
export function labelled(lang: Lang, label: string, value: string): string {
  return `${label}${colon(lang)}${value}`
}
