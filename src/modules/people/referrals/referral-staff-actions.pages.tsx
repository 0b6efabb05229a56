import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { RegionOrganization } from '../../partners/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import {
  ConfirmForm,
  DetailsList,
  Field,
  FormActions,
  fieldsOf,
  PostForm,
  SelectField,
} from '../../../platform/views/form.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { referralActionChoices } from './referral-dossier.service.js'
import { dossierReferralsHref } from './referral-staff.pages.js'
import { rerouteInput, type StaffReferralOutput } from './referral.contracts.js'
import { referralText as m, statusLabels } from './referral.messages.js'
import { rerouteReferral, transitionReferral } from './referral.service.js'

const params = z.object({ id: z.uuid(), referralId: z.uuid() })
const cancelInput = z.object({ comment: z.string().trim().min(1).max(2000).optional() })

type Choices = { referral: StaffReferralOutput; organizations: RegionOrganization[] }
type FormState = { values: Record<string, unknown>; errors?: FieldErrors }

function Summary(p: { request: FastifyRequest; referral: StaffReferralOutput }) {
  const lang = p.request.lang
  const r = p.referral
  return (
    <DetailsList
      rows={[
        [m.organizationId[lang], r.organization.name],
        [m.serviceWanted[lang], r.serviceWanted],
        [m.status[lang], statusLabels[r.status][lang]],
      ]}
    />
  )
}

function ReroutePage(p: { request: FastifyRequest; deps: ModuleDeps; choices: Choices; form: FormState }) {
  const lang = p.request.lang
  const { referral, organizations } = p.choices
  const back = dossierReferralsHref(referral.dossierId)
  const labels = {
    organizationId: m.organizationId[lang],
    comment: m.comment[lang],
    serviceWanted: m.serviceWanted[lang],
  }
  const at = fieldsOf({ lang, labels, values: p.form.values, errors: p.form.errors })
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.rerouteTitle[lang]}>
      <h1>{m.rerouteTitle[lang]}</h1>
      <Summary request={p.request} referral={referral} />
      <p>{m.rerouteIntro[lang]}</p>
      <ErrorSummary lang={lang} errors={p.form.errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={`${back}/${referral.id}/reacheminer`} csrfToken={p.request.csrfToken}>
        <SelectField
          {...at('organizationId')}
          required
          emptyLabel=""
          options={organizations.map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))}
        />
        <Field {...at('comment')} maxLength={2000} />
        <FormActions saveLabel={m.rerouteTitle[lang]} cancelHref={back} cancelLabel={m.back[lang]} />
      </PostForm>
    </AppPage>
  )
}

function CancelPage(p: { request: FastifyRequest; deps: ModuleDeps; referral: StaffReferralOutput }) {
  const lang = p.request.lang
  const back = dossierReferralsHref(p.referral.dossierId)
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.cancelTitle[lang]}>
      <h1>{m.cancelTitle[lang]}</h1>
      <Summary request={p.request} referral={p.referral} />
      <ConfirmForm
        action={`${back}/${p.referral.id}/annuler`}
        csrfToken={p.request.csrfToken}
        question={m.cancelQuestion[lang]}
        confirmLabel={m.cancelTitle[lang]}
        cancelHref={back}
        cancelLabel={m.keep[lang]}
      >
        <Field lang={lang} name="comment" label={m.comment[lang]} maxLength={2000} />
      </ConfirmForm>
    </AppPage>
  )
}

async function showReroute(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  [id, referralId]: [string, string],
  form: FormState,
  status = 200,
) {
  const choices = await referralActionChoices(ctxOf(request, deps), id, referralId)
  return sendPage(reply, <ReroutePage request={request} deps={deps} choices={choices} form={form} />, status)
}

/** Re-route (a form) and cancel (a confirmation page) a referral of a dossier; post/redirect/get. */
export function registerStaffReferralActionPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const base = '/app/dossiers/:id/references/:referralId'
  const done = (reply: FastifyReply, id: string, what: string) => () =>
    reply.redirect(`${dossierReferralsHref(id)}?fait=${what}`, 303)
  app.get(`${base}/reacheminer`, { schema: { hide: true, params } }, async (request, reply) =>
    showReroute(request, reply, deps, [request.params.id, request.params.referralId], { values: {} }),
  )
  app.post(`${base}/reacheminer`, formRoute(rerouteInput, params), async (request, reply) =>
    submitForm(
      request,
      async () => {
        await referralActionChoices(ctxOf(request, deps), request.params.id, request.params.referralId)
        return rerouteReferral(ctxOf(request, deps), request.params.referralId, request.body, deps.settings)
      },
      done(reply, request.params.id, 'rerouted'),
      (errors, status) =>
        showReroute(
          request,
          reply,
          deps,
          [request.params.id, request.params.referralId],
          { values: typedValues(request.body), errors },
          status,
        ),
    ),
  )
  app.get(`${base}/annuler`, { schema: { hide: true, params } }, async (request, reply) => {
    const { referral } = await referralActionChoices(ctxOf(request, deps), request.params.id, request.params.referralId)
    return sendPage(reply, <CancelPage request={request} deps={deps} referral={referral} />)
  })
  app.post(`${base}/annuler`, formRoute(cancelInput, params), async (request, reply) => {
    const { id, referralId } = request.params
    if (request.validationError) throw request.validationError
    await referralActionChoices(ctxOf(request, deps), id, referralId)
    await transitionReferral(ctxOf(request, deps), referralId, { to: 'cancelled', comment: request.body?.comment })
    return done(reply, id, 'cancelled')()
  })
}
