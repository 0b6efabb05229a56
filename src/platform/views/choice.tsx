import { describedBy, FieldError, RequiredMark, type SelectProps } from './form.js'

/**
 * A group of SDG choice fields (radio buttons, one answer) in a fieldset with its legend and error: the SDG's choice
 * for a handful of options, all visible at once. The first button carries the field's id, so the error summary's link
 * lands on the group.
 */
export function RadioGroup(p: Omit<SelectProps, 'emptyLabel'>) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  const fieldset = (
    <fieldset class="qc-choice-group qc-fieldset" aria-describedby={describedBy(id, Boolean(p.hint), Boolean(error))}>
      <legend>
        <span class="qc-label-text">{p.label}</span>
        {p.required ? <RequiredMark lang={p.lang} /> : null}
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
              aria-describedby={error ? `${id}-error` : undefined}
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
