import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import { DetailsList, Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, formatDateTime, labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { type DossierReferrals, listDossierReferrals } from './referral-dossier.service.js'
import { CheckboxGroup, checkedOf, History } from './referral-views.js'
import { referralForm, type StaffReferralOutput } from './referral.contracts.js'
import { referralText as m, portraitLabels, statusLabels } from './referral.messages.js'
import { canTransition } from './referral.policy.js'
import { createReferral } from './referral.service.js'

/** A dossier's referrals page. */
export const dossierReferralsHref = (dossierId: string) => `/app/dossiers/${dossierId}/references`
const notices = ['sent', 'rerouted', 'cancelled'] as const
const pageQuery = z.object({ fait: z.enum(notices).optional() })

function ReferralCard(p: { lang: Lang; r: StaffReferralOutput; canWork: boolean }) {
  const { lang, r } = p
  const base = `${dossierReferralsHref(r.dossierId)}/${r.id}`
  return (
    <section class="referral" aria-labelledby={`ref-${r.id}`}>
      <h3 id={`ref-${r.id}`}>{`${r.organization.name} — ${statusLabels[r.status][lang]}`}</h3>
      <DetailsList
        rows={[
          [m.serviceWanted[lang], r.serviceWanted],
          [m.message[lang], r.message],
          [m.sentAt[lang], formatDateTime(r.sentAt, lang)],
          [m.answerDueOn[lang], formatDate(r.answerDueOn, lang)],
          [m.declineReason[lang], r.declineReason],
          [m.outcome[lang], r.outcome],
          [m.sharing[lang], m.sharingLabels[r.sharing][lang]],
          [m.reroutedFrom[lang], r.reroutedFromId ? '✓' : null],
        ]}
      />
      <h4>{m.history[lang]}</h4>
      <History lang={lang} events={r.events} />
      {p.canWork ? (
        <p class="button-row">
          {canTransition(r.status, 'rerouted') ? (
            <a class="qc-button qc-secondary" href={`${base}/reacheminer`}>
              {m.rerouteTitle[lang]}
            </a>
          ) : null}
          {canTransition(r.status, 'cancelled') ? (
            <a class="qc-button qc-tertiary" href={`${base}/annuler`}>
              {m.cancelTitle[lang]}
            </a>
          ) : null}
        </p>
      ) : null}
    </section>
  )
}

type FormState = { values: Record<string, unknown>; errors?: FieldErrors }

/** What the agent chooses to share: needs, plan steps, contact details. */
function ShareChoices(p: { lang: Lang; data: DossierReferrals; form: FormState }) {
  const { lang, data } = p
  const needLabel = (n: DossierReferrals['needs'][number]) =>
    `${portraitLabels.volet[n.volet][lang]} — ${localName(lang, { nameFr: n.labelFr, nameEn: n.labelEn })}`
  return (
    <>
      <CheckboxGroup
        lang={lang}
        name="needIds"
        legend={m.needIds[lang]}
        empty={m.noNeeds[lang]}
        errors={p.form.errors}
        checked={checkedOf(p.form.values.needIds)}
        options={data.needs.map((n) => ({ value: n.id, label: needLabel(n) }))}
      />
      <CheckboxGroup
        lang={lang}
        name="stepIds"
        legend={m.stepIds[lang]}
        empty={m.noSteps[lang]}
        errors={p.form.errors}
        checked={checkedOf(p.form.values.stepIds)}
        options={data.steps.map((s) => ({ value: s.id, label: s.action }))}
      />
      <CheckboxField name="shareContact" label={m.shareContact[lang]} checked={p.form.values.shareContact === 'true'} />
    </>
  )
}

function NewReferralForm(p: { request: FastifyRequest; data: DossierReferrals; form: FormState }) {
  const lang = p.request.lang
  const { data } = p
  const labels = labelsIn(lang, m)
  const at = fieldsOf({ lang, labels, values: p.form.values, errors: p.form.errors })
  return (
    <>
      <h2>{m.newTitle[lang]}</h2>
      <ErrorSummary lang={lang} errors={p.form.errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={dossierReferralsHref(data.dossier.id)} csrfToken={p.request.csrfToken}>
        <SelectField
          {...at('organizationId')}
          required
          emptyLabel=""
          options={data.organizations.map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))}
        />
        <Field {...at('serviceWanted')} required maxLength={300} />
        <Field {...at('message')} maxLength={2000} />
        <ShareChoices lang={lang} data={data} form={p.form} />
        {data.consents.contact ? null : <p>{m.noContactConsent[lang]}</p>}
        <FormActions
          saveLabel={m.send[lang]}
          cancelHref={`/app/dossiers/${data.dossier.id}`}
          cancelLabel={m.cancel[lang]}
        />
      </PostForm>
    </>
  )
}

function ReferralsPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  data: DossierReferrals
  form: FormState
  notice?: string
}) {
  const lang = p.request.lang
  const { data } = p
  const consentsHref = `/app/personnes/${data.dossier.personId}/consentements`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={`${m.title[lang]} — ${data.dossier.number}`}>
      <Breadcrumb
        lang={lang}
        trail={[
          { href: '/app/dossiers', label: m.dossiers[lang] },
          { href: `/app/dossiers/${data.dossier.id}`, label: data.dossier.number },
        ]}
        current={m.title[lang]}
      />
      <h1>{`${m.title[lang]} — ${data.dossier.number}`}</h1>
      {p.notice ? <Notice lang={lang}>{p.notice}</Notice> : null}
      {data.consents.sharing ? null : (
        <SdgNotice lang={lang} type="warning">
          <p>{m.noConsent[lang]}</p>
          <p>
            <a href={consentsHref}>{m.consentsLink[lang]}</a>
          </p>
        </SdgNotice>
      )}
      {data.referrals.length === 0 ? <p>{m.none[lang]}</p> : null}
      {data.referrals.map((r) => (
        <ReferralCard key={r.id} lang={lang} r={r} canWork={data.canWork} />
      ))}
      {data.canWork && data.consents.sharing ? <NewReferralForm request={p.request} data={data} form={p.form} /> : null}
    </AppPage>
  )
}

async function showPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  form: FormState,
  status = 200,
  notice?: string,
) {
  const data = await listDossierReferrals(ctxOf(request, deps), id)
  return sendPage(
    reply,
    <ReferralsPage request={request} deps={deps} data={data} form={form} notice={notice} />,
    status,
  )
}

/** The referrals of a dossier with their history, and the new-referral form (post/redirect/get). */
export function registerStaffReferralPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const base = '/app/dossiers/:id/references'
  app.get(base, { schema: { hide: true, params: idParams, querystring: pageQuery } }, async (request, reply) => {
    const done = request.query.fait
    return showPage(
      request,
      reply,
      deps,
      request.params.id,
      { values: {} },
      200,
      done ? m.notice[done][request.lang] : undefined,
    )
  })
  app.post(base, formRoute(referralForm, idParams), async (request, reply) => {
    const { id } = request.params
    const raw = (request.body ?? {}) as Record<string, unknown>
    const values = { ...typedValues(raw), needIds: raw.needIds, stepIds: raw.stepIds }
    return submitForm(
      request,
      () => createReferral(ctxOf(request, deps), { ...request.body, dossierId: id }, deps.settings),
      () => reply.redirect(`${dossierReferralsHref(id)}?fait=sent`, 303),
      (errors, status) => showPage(request, reply, deps, id, { values, errors }, status),
    )
  })
}
