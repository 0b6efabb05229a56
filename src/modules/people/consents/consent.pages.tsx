import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { ConfirmForm, DetailsList, Field, FormActions, fieldsOf, PostForm } from '../../../platform/views/form.js'
import { formatDate, formatDateTime, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { consentInput, type ConsentOutput } from './consent.contracts.js'
import { consentText as m, purposeLabels } from './consent.messages.js'
import {
  viewConsentForWithdrawal,
  listPersonConsents,
  type PersonConsents,
  recordConsent,
  withdrawConsent,
} from './consent.service.js'

/** A person's consents page. */
export const consentsHref = (personId: string) => `/app/personnes/${personId}/consentements`
const pageQuery = z.object({ saved: z.literal('1').optional(), withdrawn: z.literal('1').optional() })
const consentParams = z.object({ id: z.uuid(), consentId: z.uuid() })

function statusOf(c: ConsentOutput, lang: Lang): string {
  if (c.withdrawnAt) return m.withdrawn[lang]
  return c.active ? m.active[lang] : m.expired[lang]
}

const who = (name: string | null, lang: Lang) => ` ${m.by[lang]} ${name ?? m.system[lang]}`

function ConsentRow(p: { lang: Lang; c: ConsentOutput; personId: string; canWrite: boolean }) {
  const { lang, c } = p
  return (
    <tr>
      <td>{purposeLabels[c.purpose][lang]}</td>
      <td>{c.textVersion}</td>
      <td>{formatDate(c.givenOn, lang)}</td>
      <td>{c.expiresOn ? formatDate(c.expiresOn, lang) : ''}</td>
      <td>{statusOf(c, lang)}</td>
      <td>{formatDateTime(c.recordedAt, lang) + who(c.recordedBy, lang)}</td>
      <td>{c.withdrawnAt ? formatDateTime(c.withdrawnAt, lang) + who(c.withdrawnBy, lang) : ''}</td>
      {p.canWrite ? (
        <td>
          {c.withdrawnAt ? null : (
            <a href={`${consentsHref(p.personId)}/${c.id}/retrait`}>
              {m.withdraw[lang]}
              <span class="qc-sr-only"> {purposeLabels[c.purpose][lang]}</span>
            </a>
          )}
        </td>
      ) : null}
    </tr>
  )
}

function History(p: { lang: Lang; data: PersonConsents }) {
  const { lang, data } = p
  if (data.consents.length === 0) return <p>{m.none[lang]}</p>
  return (
    <Table label={m.history[lang]}>
      <thead>
        <tr>
          {[m.purpose, m.version, m.givenOn, m.expiresOn, m.status, m.recorded, m.withdrawn].map((h) => (
            <th key={h.en} scope="col">
              {h[lang]}
            </th>
          ))}
          {data.canWrite ? <td /> : null}
        </tr>
      </thead>
      <tbody>
        {data.consents.map((c) => (
          <ConsentRow key={c.id} lang={lang} c={c} personId={data.person.id} canWrite={data.canWrite} />
        ))}
      </tbody>
    </Table>
  )
}

function Texts(p: { lang: Lang; data: PersonConsents }) {
  const other: Lang = p.lang === 'fr' ? 'en' : 'fr'
  return (
    <>
      <h3>{m.texts[p.lang]}</h3>
      <p>{m.textsHint[p.lang]}</p>
      {p.data.texts.map((t) => (
        <section key={t.id} aria-label={purposeLabels[t.purpose][p.lang]}>
          <h4>{`${purposeLabels[t.purpose][p.lang]} (${m.version[p.lang]} ${t.version})`}</h4>
          <p>{p.lang === 'fr' ? t.textFr : t.textEn}</p>
          <p lang={other}>{other === 'fr' ? t.textFr : t.textEn}</p>
        </section>
      ))}
    </>
  )
}

type FormState = { values: Record<string, unknown>; errors?: FieldErrors; notice?: string }

function RecordForm(p: { request: FastifyRequest; data: PersonConsents; form: FormState }) {
  const lang = p.request.lang
  const { person } = p.data
  const labels = { purpose: m.purpose[lang], givenOn: m.givenOn[lang], expiresOn: m.expiresOn[lang] }
  const at = fieldsOf({ lang, labels, values: p.form.values, errors: p.form.errors })
  return (
    <>
      <h2>{m.record[lang]}</h2>
      <Texts lang={lang} data={p.data} />
      <ErrorSummary lang={lang} errors={p.form.errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={consentsHref(person.id)} csrfToken={p.request.csrfToken}>
        <RadioGroup
          {...at('purpose')}
          required
          options={p.data.texts.map((t) => ({ value: t.purpose, label: purposeLabels[t.purpose][lang] }))}
        />
        <Field {...at('givenOn')} type="date" required />
        <Field {...at('expiresOn')} type="date" hint={m.expiresHint[lang]} />
        <FormActions saveLabel={m.save[lang]} cancelHref={`/app/personnes/${person.id}`} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </>
  )
}

function ConsentsPage(p: { request: FastifyRequest; deps: ModuleDeps; data: PersonConsents; form: FormState }) {
  const lang = p.request.lang
  const { person } = p.data
  const name = `${person.givenName} ${person.familyName}`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={`${m.title[lang]} — ${name}`}>
      <Breadcrumb
        lang={lang}
        trail={[
          { href: '/app/personnes', label: m.persons[lang] },
          { href: `/app/personnes/${person.id}`, label: name },
        ]}
        current={m.title[lang]}
      />
      <h1>{`${m.title[lang]} — ${name}`}</h1>
      {p.form.notice ? <Notice lang={lang}>{p.form.notice}</Notice> : null}
      <p>{m.intro[lang]}</p>
      <h2>{m.history[lang]}</h2>
      <History lang={lang} data={p.data} />
      {p.data.canWrite ? <RecordForm request={p.request} data={p.data} form={p.form} /> : null}
    </AppPage>
  )
}

async function showConsents(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  form: FormState,
  status = 200,
) {
  const data = await listPersonConsents(ctxOf(request, deps), id)
  return sendPage(reply, <ConsentsPage request={request} deps={deps} data={data} form={form} />, status)
}

function ConfirmPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  consent: { id: string; purpose: ConsentOutput['purpose']; givenOn: string }
  personId: string
}) {
  const lang = p.request.lang
  const back = consentsHref(p.personId)
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.confirmTitle[lang]}>
      <h1>{m.confirmTitle[lang]}</h1>
      <DetailsList
        rows={[
          [m.purpose[lang], purposeLabels[p.consent.purpose][lang]],
          [m.givenOn[lang], formatDate(p.consent.givenOn, lang)],
        ]}
      />
      <ConfirmForm
        action={`${back}/${p.consent.id}/retrait`}
        csrfToken={p.request.csrfToken}
        question={m.confirmQuestion[lang]}
        confirmLabel={m.withdraw[lang]}
        cancelHref={back}
        cancelLabel={m.keep[lang]}
      />
    </AppPage>
  )
}

/** A person's consents: history, record (post/redirect/get), withdraw after a confirmation page. */
export function registerConsentPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const base = '/app/personnes/:id/consentements'
  app.get(base, { schema: { hide: true, params: idParams, querystring: pageQuery } }, async (request, reply) => {
    const { saved, withdrawn } = request.query
    const notice = saved ? m.saved[request.lang] : withdrawn ? m.withdrawnNotice[request.lang] : undefined
    const today = civilDate(deps.now())
    return showConsents(request, reply, deps, request.params.id, { values: { givenOn: today }, notice })
  })
  app.post(base, formRoute(consentInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => recordConsent(ctxOf(request, deps), id, request.body),
      () => reply.redirect(`${consentsHref(id)}?saved=1`, 303),
      (errors, status) => showConsents(request, reply, deps, id, { values: typedValues(request.body), errors }, status),
    )
  })
  app.get(`${base}/:consentId/retrait`, { schema: { hide: true, params: consentParams } }, async (request, reply) => {
    const { id, consentId } = request.params
    const { consent } = await viewConsentForWithdrawal(ctxOf(request, deps), id, consentId)
    const page = <ConfirmPage request={request} deps={deps} consent={consent} personId={consent.personId} />
    return sendPage(reply, page)
  })
  app.post(`${base}/:consentId/retrait`, { schema: { hide: true, params: consentParams } }, async (request, reply) => {
    const done = await withdrawConsent(ctxOf(request, deps), request.params.consentId)
    return reply.redirect(`${consentsHref(done.personId)}?withdrawn=1`, 303)
  })
}
