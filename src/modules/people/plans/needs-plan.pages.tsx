import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { PostForm } from '../../../platform/views/form.js'
import { labelsIn } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import {
  AssessedNeedsTable,
  AssessmentFieldsets,
  assessmentFromForm,
  assessmentLabels,
  assessmentValues,
} from '../needs/need-form.js'
import { needText } from '../needs/need.messages.js'
import { assessNeeds } from '../needs/need.service.js'
import { type NeedsPlanView, loadNeedsPlan } from './needs-plan.service.js'
import { AddStepForm, StepsTable } from './plan-steps.view.js'
import { planStepInput, stepParams, stepStatusInput } from './plan.contracts.js'
import { planText as m } from './plan.messages.js'
import { addPlanStep, updatePlanStep } from './plan.service.js'

/** The needs and plan page of a dossier. */
export const needsPage = (dossierId: string) => `/app/dossiers/${dossierId}/besoins`
export const printPage = (dossierId: string, lang: 'fr' | 'en') =>
  `/app/dossiers/${dossierId}/plan/imprimer?langue=${lang}`

const savedKinds = { needs: needText.saved, step: m.added, status: m.updated } as const
const pageQuery = z.object({ saved: z.enum(['needs', 'step', 'status']).optional() })
type FormState = { values: Record<string, unknown>; errors?: FieldErrors }
type PageState = { assessment?: FormState; step?: FormState; saved?: keyof typeof savedKinds }

function AssessmentSection(p: { request: FastifyRequest; view: NeedsPlanView; form?: FormState }) {
  const { lang } = p.request
  const { view } = p
  if (!view.canWork) return <AssessedNeedsTable lang={lang} lines={view.lines} />
  const values = (p.form?.values ?? assessmentValues(view.lines)) as Record<string, string>
  return (
    <PostForm action={needsPage(view.dossier.id)} csrfToken={p.request.csrfToken} label={needText.assessTitle[lang]}>
      <ErrorSummary lang={lang} errors={p.form?.errors} labels={assessmentLabels(lang, view.lines)} />
      <p>{needText.assessIntro[lang]}</p>
      <AssessmentFieldsets lang={lang} lines={view.lines} values={values} errors={p.form?.errors} />
      <div class="button-row">
        <button class="qc-button qc-primary" type="submit">
          {needText.save[lang]}
        </button>
      </div>
    </PostForm>
  )
}

function PlanSection(p: { request: FastifyRequest; view: NeedsPlanView; form?: FormState }) {
  const { lang, csrfToken } = p.request
  const { view } = p
  const labels = labelsIn(lang, m)
  return (
    <>
      <h2 id="plan">{m.planTitle[lang]}</h2>
      <StepsTable lang={lang} view={view} csrfToken={csrfToken} />
      {view.canWork ? (
        <>
          <h3>{m.addTitle[lang]}</h3>
          <ErrorSummary lang={lang} errors={p.form?.errors} labels={labels} />
          <AddStepForm
            lang={lang}
            view={view}
            csrfToken={csrfToken}
            values={p.form?.values ?? { status: 'planned' }}
            errors={p.form?.errors}
          />
        </>
      ) : null}
    </>
  )
}

function NeedsPlanPage(p: { request: FastifyRequest; deps: ModuleDeps; view: NeedsPlanView; state: PageState }) {
  const { lang } = p.request
  const { dossier } = p.view
  const title = m.pageTitle[lang]
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <Breadcrumb
        lang={lang}
        trail={[{ href: `/app/dossiers/${dossier.id}`, label: `${m.dossier[lang]} ${dossier.number}` }]}
        current={title}
      />
      <h1>{title}</h1>
      <p class="lead">{`${dossier.personName} · ${dossier.number}`}</p>
      {p.state.saved ? <Notice lang={lang}>{savedKinds[p.state.saved][lang]}</Notice> : null}
      {p.view.canWork ? (
        <p class="button-row">
          <a class="qc-button qc-secondary" href={printPage(dossier.id, 'fr')} hreflang="fr">
            {m.print[lang]}
          </a>
          <a class="qc-button qc-secondary" href={printPage(dossier.id, 'en')} hreflang="en">
            {m.printEn[lang]}
          </a>
        </p>
      ) : null}
      <h2>{needText.assessTitle[lang]}</h2>
      <AssessmentSection request={p.request} view={p.view} form={p.state.assessment} />
      <PlanSection request={p.request} view={p.view} form={p.state.step} />
    </AppPage>
  )
}

async function showPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  dossierId: string,
  state: PageState,
  status = 200,
) {
  const view = await loadNeedsPlan(ctxOf(request, deps), dossierId)
  return sendPage(reply, <NeedsPlanPage request={request} deps={deps} view={view} state={state} />, status)
}

/** A step added to the plan, or its status changed, from the page's forms. */
function registerStepForms(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.post('/app/dossiers/:id/plan/etapes', formRoute(planStepInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => addPlanStep(ctxOf(request, deps), id, request.body),
      () => reply.redirect(`${needsPage(id)}?saved=step#plan`, 303),
      (errors, status) =>
        showPage(request, reply, deps, id, { step: { values: typedValues(request.body), errors } }, status),
    )
  })
  app.post('/app/dossiers/:id/plan/etapes/:stepId', formRoute(stepStatusInput, stepParams), async (request, reply) => {
    const { id, stepId } = request.params
    return submitForm(
      request,
      () => updatePlanStep(ctxOf(request, deps), stepId, request.body),
      (step) => reply.redirect(`${needsPage(step.dossierId)}?saved=status#plan`, 303),
      (_errors, status) => showPage(request, reply, deps, id, {}, status),
    )
  })
}

/** The needs and plan page: the assessment, the plan's steps, a step added or its status changed (post/redirect/get). */
export function registerNeedsPlanPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/app/dossiers/:id/besoins',
    { schema: { hide: true, params: idParams, querystring: pageQuery } },
    async (request, reply) => showPage(request, reply, deps, request.params.id, { saved: request.query.saved }),
  )
  app.post(
    '/app/dossiers/:id/besoins',
    formRoute(z.record(z.string(), z.string()), idParams),
    async (request, reply) => {
      const { id } = request.params
      return submitForm(
        request,
        () => assessNeeds(ctxOf(request, deps), id, assessmentFromForm(request.body)),
        () => reply.redirect(`${needsPage(id)}?saved=needs`, 303),
        (errors, status) =>
          showPage(request, reply, deps, id, { assessment: { values: typedValues(request.body), errors } }, status),
      )
    },
  )
  registerStepForms(root, deps)
}
