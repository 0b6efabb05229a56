import { type FieldErrors, invalidInput } from '../../../platform/errors.js'
import { FieldError } from '../../../platform/views/form.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { Table } from '../../../platform/views/table.js'
import { localizeIssue } from '../../../platform/validation.js'
import { type AssessmentInput, assessmentInput } from './need.contracts.js'
import { needErrors, needStatusLabels, needText as m, priorityLabels, voletLabels } from './need.messages.js'
import type { AssessmentLine } from './need.queries.js'
import { needPriorities, needStatuses, volets } from './need.schema.js'

// The assessment form: a fieldset per volet, a row per need (checkbox, priority, status, notes). Field names carry the
// need's code (`need_housing`, `priority_housing`…), so the error summary links to the very control in error.

type Values = Record<string, string>

/** The form's values from the dossier's assessment (what the page shows before any edit). */
export function assessmentValues(lines: AssessmentLine[]): Values {
  const values: Values = {}
  for (const { need, assessed } of lines) {
    if (!assessed) continue
    values[`need_${need.code}`] = 'true'
    values[`priority_${need.code}`] = assessed.priority
    values[`status_${need.code}`] = assessed.status
    values[`notes_${need.code}`] = assessed.notes ?? ''
  }
  return values
}

/** Reads the form into an assessment: each ticked need with its priority (required), status and notes. */
export function assessmentFromForm(body: Values): AssessmentInput {
  const codes = Object.keys(body).flatMap((k) => (k.startsWith('need_') && body[k] === 'true' ? [k.slice(5)] : []))
  const needs = codes.map((code) => ({
    code,
    priority: body[`priority_${code}`],
    status: body[`status_${code}`],
    notes: body[`notes_${code}`],
  }))
  const result = assessmentInput.safeParse({ needs }, { reportInput: true })
  if (result.success) return result.data
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const [, index, field] = issue.path
    const key = `${String(field)}_${codes[Number(index)]}`
    errors[key] ??=
      field === 'priority' && issue.input === undefined ? needErrors.priorityRequired : localizeIssue(issue)
  }
  throw invalidInput(errors)
}

function Select(p: {
  name: string
  labelledBy: string
  value: string
  options: { value: string; label: string }[]
  error?: string
  empty?: boolean
}) {
  const id = `f-${p.name}`
  return (
    <div class={p.error ? 'qc-select field-invalid' : 'qc-select'}>
      <select
        id={id}
        name={p.name}
        aria-labelledby={p.labelledBy}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={p.error ? `${id}-error` : undefined}
      >
        {p.empty ? <option value="" /> : null}
        {p.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
      {p.error ? <FieldError id={`${id}-error`} message={p.error} /> : null}
    </div>
  )
}

type RowProps = { lang: Lang; line: AssessmentLine; values: Values; errors?: FieldErrors }

const errorOf = (p: RowProps, name: string) => p.errors?.[`${name}_${p.line.need.code}`]?.[p.lang]

/** The need's checkbox, labelled by its name (the row's header: the other controls of the row point at it). */
function NeedCheckbox(p: RowProps) {
  const { code, validTo } = p.line.need
  const error = errorOf(p, 'need')
  return (
    <th scope="row">
      <label class="qc-choicefield-label" for={`f-need_${code}`}>
        <input
          id={`f-need_${code}`}
          class="qc-choicefield"
          type="checkbox"
          name={`need_${code}`}
          value="true"
          checked={p.values[`need_${code}`] === 'true'}
        />
        <span id={`n-${code}`}>{p.lang === 'fr' ? p.line.need.labelFr : p.line.need.labelEn}</span>
        {validTo !== null ? <span> {m.retiredNeed[p.lang]}</span> : null}
      </label>
      {error ? <FieldError id={`f-need_${code}-error`} message={error} /> : null}
    </th>
  )
}

function NotesInput(p: RowProps) {
  const { code, volet } = p.line.need
  const error = errorOf(p, 'notes')
  return (
    <div class="qc-textfield">
      <input
        id={`f-notes_${code}`}
        name={`notes_${code}`}
        type="text"
        maxLength={2000}
        value={p.values[`notes_${code}`] ?? ''}
        aria-labelledby={`h-notes-${volet} n-${code}`}
      />
      {error ? <FieldError id={`f-notes_${code}-error`} message={error} /> : null}
    </div>
  )
}

function NeedRow(p: RowProps) {
  const { lang, values } = p
  const { code, volet } = p.line.need
  return (
    <tr>
      <NeedCheckbox {...p} />
      <td>
        <Select
          name={`priority_${code}`}
          labelledBy={`h-priority-${volet} n-${code}`}
          value={values[`priority_${code}`] ?? ''}
          options={needPriorities.map((v) => ({ value: v, label: priorityLabels[v][lang] }))}
          error={errorOf(p, 'priority')}
          empty
        />
      </td>
      <td>
        <Select
          name={`status_${code}`}
          labelledBy={`h-status-${volet} n-${code}`}
          value={values[`status_${code}`] ?? 'identified'}
          options={needStatuses.map((v) => ({ value: v, label: needStatusLabels[v][lang] }))}
          error={errorOf(p, 'status')}
        />
      </td>
      <td>
        <NotesInput {...p} />
      </td>
    </tr>
  )
}

/** The catalogue grouped by volet, one fieldset each, with the dossier's assessment (or the values typed). */
export function AssessmentFieldsets(p: { lang: Lang; lines: AssessmentLine[]; values: Values; errors?: FieldErrors }) {
  const { lang } = p
  return (
    <>
      {volets.map((volet) => {
        const lines = p.lines.filter((l) => l.need.volet === volet)
        if (lines.length === 0) return null
        // Column headers name each control together with its row's need (aria-labelledby).
        const hid = (name: string) => `h-${name}-${volet}`
        return (
          <fieldset key={volet} class="qc-fieldset">
            <legend>{voletLabels[volet][lang]}</legend>
            <Table label={voletLabels[volet][lang]}>
              <thead>
                <tr>
                  <th scope="col">{m.assessed[lang]}</th>
                  <th scope="col" id={hid('priority')}>
                    {m.priority[lang]}
                  </th>
                  <th scope="col" id={hid('status')}>
                    {m.status[lang]}
                  </th>
                  <th scope="col" id={hid('notes')}>
                    {m.notes[lang]}
                  </th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <NeedRow key={line.need.code} lang={lang} line={line} values={p.values} errors={p.errors} />
                ))}
              </tbody>
            </Table>
          </fieldset>
        )
      })}
    </>
  )
}

/** The dossier's assessed needs for readers who do not work it (a former location, a director). */
export function AssessedNeedsTable(p: { lang: Lang; lines: AssessmentLine[] }) {
  const { lang } = p
  const assessed = p.lines.filter((l) => l.assessed)
  if (assessed.length === 0) return <p>{m.none[lang]}</p>
  return (
    <Table label={m.assessTitle[lang]}>
      <thead>
        <tr>
          {[m.volet, m.need, m.priority, m.status, m.notes].map((h) => (
            <th scope="col">{h[lang]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {assessed.map(({ need, assessed: a }) => (
          <tr key={need.code}>
            <td>{voletLabels[need.volet][lang]}</td>
            <th scope="row">{lang === 'fr' ? need.labelFr : need.labelEn}</th>
            <td>{priorityLabels[a!.priority][lang]}</td>
            <td>{needStatusLabels[a!.status][lang]}</td>
            <td>{a!.notes ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** What the error summary calls each control of the assessment ("Priorité (Logement)"). */
export function assessmentLabels(lang: Lang, lines: AssessmentLine[]): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const { need } of lines) {
    const name = lang === 'fr' ? need.labelFr : need.labelEn
    labels[`need_${need.code}`] = name
    for (const f of ['priority', 'status', 'notes'] as const) labels[`${f}_${need.code}`] = `${m[f][lang]} (${name})`
  }
  return labels
}
