import type { VNode } from 'preact'
import type { FieldErrors } from '../errors.js'
import type { Lang } from './i18n.js'

// The SDG fields of a form: text, multi-line text and select, in one frame (label, description, error, aria).
export type FieldProps = {
  lang: Lang
  name: string
  label: string
  value?: string | null
  errors?: FieldErrors
  type?: 'text' | 'email' | 'password' | 'date' | 'tel' | 'url' | 'search'
  required?: boolean
  hint?: string
  autocomplete?: string
  /** The longest value the contract accepts: the browser stops the typing there (the server checks it anyway). */
  maxLength?: number
}

const requiredText = { fr: 'obligatoire', en: 'required' }

/** The ids a control is described by: its hint and its error, when it has them. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
}

/** The SDG's red asterisk of a required field, with its word for screen readers. */
export function RequiredMark(p: { lang: Lang }) {
  return (
    <>
      <span class="qc-required" aria-hidden="true">
        *
      </span>
      <span class="qc-sr-only"> ({requiredText[p.lang]})</span>
    </>
  )
}

/** A field's label in the SDG manner: the text, and the asterisk of a required field. */
function Label(p: { lang: Lang; id: string; label: string; required?: boolean }) {
  return (
    <label class="qc-label" for={p.id}>
      <span class="qc-label-text">{p.label}</span>
      {p.required ? <RequiredMark lang={p.lang} /> : null}
    </label>
  )
}

/** A field's error under the control, with the kit's warning icon (the text is what aria-describedby points at). */
export function FieldError(p: { id: string; message: string }) {
  return (
    <div class="qc-form-error">
      <span class="qc-icon" data-img-type="warning" data-img-size="md" aria-hidden="true" />
      <span id={p.id}>{p.message}</span>
    </div>
  )
}

type FrameProps = Pick<FieldProps, 'lang' | 'name' | 'label' | 'errors' | 'required' | 'hint'>

/**
 * The SDG frame of one field: its label (asterisk when required), its description and its error under the control;
 * `control` receives the attributes that wire the control to them (id, aria-describedby, aria-invalid, required).
 */
function FieldFrame(p: FrameProps & { kind: 'qc-textfield' | 'qc-select'; control: (wiring: Wiring) => VNode }) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  return (
    <div class={error ? `${p.kind} field-invalid` : p.kind}>
      <Label lang={p.lang} id={id} label={p.label} required={p.required} />
      {p.hint ? (
        <div class="qc-description" id={`${id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      {p.control({
        id,
        name: p.name,
        required: p.required,
        'aria-required': p.required ? 'true' : undefined,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': describedBy(id, Boolean(p.hint), Boolean(error)),
      })}
      {error ? <FieldError id={`${id}-error`} message={error[p.lang]} /> : null}
    </div>
  )
}

type Wiring = {
  id: string
  name: string
  required?: boolean
  'aria-required'?: 'true'
  'aria-invalid'?: 'true'
  'aria-describedby'?: string
}

/** A labelled SDG text field with its description and its error, wired with aria-describedby / aria-invalid. */
export function Field(p: FieldProps) {
  return (
    <FieldFrame
      {...p}
      kind="qc-textfield"
      control={(w) => (
        // The attributes in a stable order: id, name, type and value first (pages and tests read them so).
        <input
          id={w.id}
          name={w.name}
          type={p.type ?? 'text'}
          value={p.value ?? ''}
          required={w.required}
          aria-required={w['aria-required']}
          autocomplete={p.autocomplete}
          maxLength={p.maxLength}
          aria-invalid={w['aria-invalid']}
          aria-describedby={w['aria-describedby']}
        />
      )}
    />
  )
}

/** A labelled SDG multi-line text field (a message, a summary): built as `Field`, with the rows it shows. */
export function TextAreaField(p: Omit<FieldProps, 'type' | 'autocomplete'> & { rows?: number }) {
  return (
    <FieldFrame
      {...p}
      kind="qc-textfield"
      control={(w) => (
        <textarea
          id={w.id}
          name={w.name}
          rows={p.rows}
          maxLength={p.maxLength}
          required={w.required}
          aria-required={w['aria-required']}
          aria-invalid={w['aria-invalid']}
          aria-describedby={w['aria-describedby']}
        >
          {p.value ?? ''}
        </textarea>
      )}
    />
  )
}

type SelectOption = { value: string; label: string }

export type SelectProps = Omit<FieldProps, 'type' | 'autocomplete'> & {
  options: SelectOption[]
  /** Options shown in labelled groups (`<optgroup>`) after `options`. */
  groups?: { label: string; options: SelectOption[] }[]
  emptyLabel?: string
}

function Options(p: { options: SelectOption[]; value: string }) {
  return (
    <>
      {p.options.map((o) => (
        <option key={o.value} value={o.value} selected={o.value === p.value}>
          {o.label}
        </option>
      ))}
    </>
  )
}

/** A labelled native select in the SDG field frame, with its error (the kit's dropdown needs JavaScript). */
export function SelectField(p: SelectProps) {
  const value = p.value ?? ''
  return (
    <FieldFrame
      {...p}
      kind="qc-select"
      control={(w) => (
        <select {...w}>
          {p.emptyLabel !== undefined ? <option value="">{p.emptyLabel}</option> : null}
          <Options options={p.options} value={value} />
          {p.groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              <Options options={g.options} value={value} />
            </optgroup>
          ))}
        </select>
      )}
    />
  )
}

/**
 * A labelled native multiple select in the SDG field frame (several languages, countries, MRCs): it works without
 * JavaScript, where the kit's dropdown needs it. One chosen value arrives as a string, several as an array.
 */
export function MultiSelectField(
  p: Pick<FieldProps, 'lang' | 'name' | 'label' | 'errors' | 'hint'> & {
    options: SelectOption[]
    values: Record<string, unknown>
  },
) {
  const chosen = new Set([p.values[p.name] ?? []].flat().map(String))
  return (
    <FieldFrame
      {...p}
      kind="qc-select"
      control={(w) => (
        <select
          id={w.id}
          name={w.name}
          multiple
          size={6}
          aria-invalid={w['aria-invalid']}
          aria-describedby={w['aria-describedby']}
        >
          {p.options.map((o) => (
            <option key={o.value} value={o.value} selected={chosen.has(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  )
}

/** A file field: one file or several (`multiple`), the types offered (`accept`; the server checks the content). */
export function FileField(p: {
  lang: Lang
  name: string
  label: string
  hint: string
  accept: string
  errors?: FieldErrors
  required?: boolean
  multiple?: boolean
}) {
  const id = `f-${p.name}`
  const error = p.errors?.[p.name]
  return (
    <div class={error ? 'qc-textfield field-invalid' : 'qc-textfield'}>
      <label class="qc-label" for={id}>
        <span class="qc-label-text">{p.label}</span>
        {p.required ? <RequiredMark lang={p.lang} /> : null}
      </label>
      <div class="qc-description" id={`${id}-hint`}>
        {p.hint}
      </div>
      <input
        id={id}
        name={p.name}
        type="file"
        multiple={p.multiple}
        accept={p.accept}
        required={p.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, true, Boolean(error))}
      />
      {error ? <FieldError id={`${id}-error`} message={error[p.lang]} /> : null}
    </div>
  )
}
