import type { FieldErrors } from '../../../platform/errors.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { Field, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { Table } from '../../../platform/views/table.js'
import type { AssessmentLine } from '../needs/need.queries.js'
import { responsibleLabels, stepStatusLabels, planText as m } from './plan.messages.js'
import type { PlanStepLine } from './plan.queries.js'
import { stepResponsibles, stepStatuses } from './plan.schema.js'
import type { NeedsPlanView } from './needs-plan.service.js'

/** Where a dossier's plan forms post. */
export const stepsAction = (dossierId: string) => `/app/dossiers/${dossierId}/plan/etapes`

const needLabel = (lang: Lang, line: AssessmentLine) => (lang === 'fr' ? line.need.labelFr : line.need.labelEn)

/** Who carries a step out, in words: the person, the agent, or the organization's name. */
export function responsibleText(lang: Lang, step: PlanStepLine, names: Map<string, string>): string {
  if (step.responsible === 'partner' && step.organizationId)
    return names.get(step.organizationId) ?? responsibleLabels.partner[lang]
  return responsibleLabels[step.responsible][lang]
}

function StatusForm(p: { lang: Lang; dossierId: string; step: PlanStepLine; csrfToken: string }) {
  const id = `f-status-${p.step.id}`
  return (
    <PostForm action={`${stepsAction(p.dossierId)}/${p.step.id}`} csrfToken={p.csrfToken} label={m.change[p.lang]}>
      <div class="qc-select">
        <label class="qc-label" for={id}>
          <span class="qc-label-text">{m.status[p.lang]}</span>
          <span class="qc-sr-only"> ({p.step.action})</span>
        </label>
        <select id={id} name="status">
          {stepStatuses.map((s) => (
            <option key={s} value={s} selected={s === p.step.status}>
              {stepStatusLabels[s][p.lang]}
            </option>
          ))}
        </select>
      </div>
      <button class="qc-button qc-secondary qc-compact" type="submit">
        {m.change[p.lang]}
      </button>
    </PostForm>
  )
}

/** The plan's steps, by due date; those who work the dossier change a step's status in place. */
export function StepsTable(p: { lang: Lang; view: NeedsPlanView; csrfToken: string }) {
  const { lang, view } = p
  const needs = new Map(view.lines.flatMap((l) => (l.assessed ? [[l.assessed.id, l] as const] : [])))
  if (view.steps.length === 0) return <p>{m.noSteps[lang]}</p>
  return (
    <Table label={m.steps[lang]}>
      <thead>
        <tr>
          {[m.needId, m.action, m.responsible, m.dueOn, m.status].map((h) => (
            <th scope="col">{h[lang]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.steps.map((step) => {
          const line = needs.get(step.needId)
          return (
            <tr key={step.id}>
              <td>{line ? needLabel(lang, line) : step.needCode}</td>
              <td>{step.action}</td>
              <td>{responsibleText(lang, step, view.organizationNames)}</td>
              <td>{step.dueOn ? formatDate(step.dueOn, lang) : '—'}</td>
              <td>
                {view.canWork ? (
                  <StatusForm lang={lang} dossierId={view.dossier.id} step={step} csrfToken={p.csrfToken} />
                ) : (
                  stepStatusLabels[step.status][lang]
                )}
                {step.doneOn ? <p>{`${m.doneOn[lang]} ${formatDate(step.doneOn, lang)}`}</p> : null}
              </td>
            </tr>
          )
        })}
      </tbody>
    </Table>
  )
}

type StepFormProps = {
  lang: Lang
  view: NeedsPlanView
  csrfToken: string
  values: Record<string, unknown>
  errors?: FieldErrors
}

/** The step's fields: its need, action, who carries it out (and which organization), due date and status. */
function StepFields(p: StepFormProps & { assessed: AssessmentLine[] }) {
  const { lang, view } = p
  const labels = labelsIn(lang, m)
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  const organizations = view.organizations.map((o) => ({
    value: o.id,
    label: o.city ? `${o.name} (${o.city})` : o.name,
  }))
  return (
    <>
      <SelectField
        {...at('needId')}
        required
        emptyLabel=""
        options={p.assessed.map((l) => ({ value: l.assessed!.id, label: needLabel(lang, l) }))}
      />
      <Field {...at('action')} required maxLength={500} />
      <RadioGroup
        {...at('responsible')}
        required
        options={stepResponsibles.map((r) => ({ value: r, label: responsibleLabels[r][lang] }))}
      />
      <SelectField {...at('organizationId')} hint={m.organizationHint[lang]} emptyLabel="" options={organizations} />
      <Field {...at('dueOn')} type="date" />
      <SelectField
        {...at('status')}
        required
        options={stepStatuses.map((s) => ({ value: s, label: stepStatusLabels[s][lang] }))}
      />
    </>
  )
}

/** The form adding a step tied to one of the dossier's assessed needs. */
export function AddStepForm(p: StepFormProps) {
  const { lang, view } = p
  const assessed = view.lines.filter((l) => l.assessed)
  if (assessed.length === 0) return <p>{m.noNeedsYet[lang]}</p>
  return (
    <PostForm
      requiredNote
      lang={lang}
      action={stepsAction(view.dossier.id)}
      csrfToken={p.csrfToken}
      label={m.addTitle[lang]}
    >
      <StepFields {...p} assessed={assessed} />
      <div class="button-row">
        <button class="qc-button qc-primary" type="submit">
          {m.add[lang]}
        </button>
      </div>
    </PostForm>
  )
}
