import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Field, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { InterventionForm, type InterventionFormState } from '../interventions/intervention-form.js'
import { interventionText } from '../interventions/intervention.messages.js'
import { quebecTime } from '../interventions/quebec-time.js'
import { type DossierOutput, dossierStatusInput } from './dossier.contracts.js'
import { changeDossierStatus } from './dossier-lifecycle.service.js'
import { DOSSIERS } from './dossier-list.pages.js'
import { dossierFields as f, dossierText as m, statusLabels } from './dossier.messages.js'
import { nextStatuses } from './dossier.policy.js'
import { listServicePointsInScope } from './dossier-places.js'
import { DossierSummary } from './dossier-summary.view.js'
import { Timeline } from './dossier-timeline.view.js'
import { type DossierView, getDossierView } from './dossier-view.service.js'

type FormState = { values: Record<string, unknown>; errors?: FieldErrors }
/** Forms of the page shown again with their errors after a refused submission. */
export type DossierForms = { status?: FormState; intervention?: InterventionFormState }
const savedNotices = { '1': m.saved, intervention: interventionText.saved, opened: m.opened }
const pageQuery = z.object({ saved: z.enum(['1', 'intervention', 'opened']).optional() })

function StatusForm(p: { request: FastifyRequest; dossier: DossierOutput; state?: FormState }) {
  const lang = p.request.lang
  const labels = { to: f.to![lang], note: f.note![lang] }
  const at = fieldsOf({ lang, labels, values: p.state?.values ?? {}, errors: p.state?.errors })
  const options = nextStatuses(p.dossier.status).map((s) => ({ value: s, label: statusLabels[s][lang] }))
  return (
    <PostForm
      action={`${DOSSIERS}/${p.dossier.id}/statut`}
      csrfToken={p.request.csrfToken}
      label={m.changeStatus[lang]}
    >
      <ErrorSummary lang={lang} errors={p.state?.errors} labels={labels} />
      <SelectField {...at('to')} required options={options} />
      <Field {...at('note')} maxLength={1000} />
      <button class="qc-button qc-secondary" type="submit">
        {m.changeStatus[lang]}
      </button>
    </PostForm>
  )
}

function Actions(p: { request: FastifyRequest; dossier: DossierOutput; state?: FormState }) {
  const lang = p.request.lang
  const base = `${DOSSIERS}/${p.dossier.id}`
  const closed = p.dossier.status === 'closed'
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{m.actions[lang]}</h2>
      {closed ? null : <StatusForm request={p.request} dossier={p.dossier} state={p.state} />}
      <ul>
        {closed ? (
          <li>
            <a href={`${base}/rouvrir`}>{m.reopen[lang]}</a>
          </li>
        ) : (
          <>
            <li>
              <a href={`${base}/assigner`}>{m.assign[lang]}</a>
            </li>
            <li>
              <a href={`${base}/transfert`}>{m.transfer[lang]}</a>
            </li>
            <li>
              <a href={`${base}/fermer`}>{m.close[lang]}</a>
            </li>
          </>
        )}
      </ul>
    </section>
  )
}

/** The notice after a redirect, and why a former location's staff see no action. */
function Notices(p: { lang: Lang; saved?: keyof typeof savedNotices; readOnly: boolean }) {
  return (
    <>
      {p.saved ? <Notice lang={p.lang}>{savedNotices[p.saved][p.lang]}</Notice> : null}
      {p.readOnly ? (
        <SdgNotice lang={p.lang} type="information">
          <p>{m.readOnly[p.lang]}</p>
        </SdgNotice>
      ) : null}
    </>
  )
}

function DossierPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  view: DossierView
  forms: DossierForms
  servicePoints: { value: string; label: string }[]
  saved?: keyof typeof savedNotices
}) {
  const lang: Lang = p.request.lang
  const { dossier } = p.view
  const title = `${m.title[lang]} ${dossier.number}`
  const base = `${DOSSIERS}/${dossier.id}`
  const canRecord = dossier.workable && dossier.status !== 'closed'
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      <Notices lang={lang} saved={p.saved} readOnly={!dossier.workable} />
      <DossierSummary lang={lang} dossier={dossier} names={p.view.names} />
      <ul>
        <li>
          <a href={`${base}/besoins`}>{m.needsLink[lang]}</a>
        </li>
        <li>
          <a href={`${base}/references`}>{m.referralsLink[lang]}</a>
        </li>
      </ul>
      {dossier.workable ? <Actions request={p.request} dossier={dossier} state={p.forms.status} /> : null}
      {canRecord ? (
        <InterventionForm
          lang={lang}
          action={`${base}/interventions`}
          csrfToken={p.request.csrfToken}
          state={p.forms.intervention ?? { values: {} }}
          servicePoints={p.servicePoints}
        />
      ) : null}
      <Timeline lang={lang} entries={p.view.timeline} />
    </AppPage>
  )
}

/** The service points the caller may record an intervention from: those of their territory in operation. */
async function servicePointChoices(ctx: Ctx) {
  const points = await listServicePointsInScope(ctx, { active: true })
  return points.map((sp) => ({ value: sp.id, label: sp.name }))
}

/** The dossier page (summary, actions, intervention form, timeline), with forms shown again after an error. */
export async function showDossierPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  forms: DossierForms = {},
  status = 200,
  saved?: keyof typeof savedNotices,
) {
  const ctx = ctxOf(request, deps)
  const view = await getDossierView(ctx, id)
  const servicePoints = view.dossier.workable ? await servicePointChoices(ctx) : []
  const intervention = forms.intervention ?? {
    values: {
      occurredDate: civilDate(ctx.now),
      occurredTime: quebecTime(ctx.now),
      servicePointId: view.dossier.servicePointId,
    },
  }
  const page = (
    <DossierPage
      request={request}
      deps={deps}
      view={view}
      forms={{ ...forms, intervention }}
      servicePoints={servicePoints}
      saved={saved}
    />
  )
  return sendPage(reply, page, status)
}

/** The dossier page and its status form (post/redirect/get; a refused move is shown on the form, 409). */
export function registerDossierDetailPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    `${DOSSIERS}/:id`,
    { schema: { hide: true, params: idParams, querystring: pageQuery } },
    async (request, reply) => showDossierPage(request, reply, deps, request.params.id, {}, 200, request.query.saved),
  )
  app.post(`${DOSSIERS}/:id/statut`, formRoute(dossierStatusInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => changeDossierStatus(ctxOf(request, deps), id, request.body),
      () => reply.redirect(`${DOSSIERS}/${id}?saved=1`, 303),
      (errors, status) =>
        showDossierPage(request, reply, deps, id, { status: { values: typedValues(request.body), errors } }, status),
    )
  })
}
