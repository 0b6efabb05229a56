import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { type FieldErrors, notFound } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { colon, localName } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { portalText as m } from '../partners.messages.js'
import { reportText } from '../reporting/report.messages.js'
import { CapacityForm, type CapacityValues, capacityValues } from './capacity-form.js'
import { capacityInput } from './organization.contracts.js'
import { orgText } from './organization.messages.js'
import { findOwnOrganization, type OwnOrganization } from './organization.service.js'
import { updateCapacity } from './organization-capacity.service.js'
import { CapacityText } from './organization-views.js'

const PORTAL = '/partenaires'
const CAPACITY = `${PORTAL}/capacite`

function OwnCapacity(p: { lang: 'fr' | 'en'; org: OwnOrganization }) {
  const { lang } = p
  return (
    <>
      <h2>{orgText.capacityTitle[lang]}</h2>
      <p>
        <CapacityText lang={lang} capacity={p.org.capacity} />
      </p>
      <p>
        <a class="qc-button qc-secondary" href={CAPACITY}>
          {orgText.updateCapacity[lang]}
        </a>
      </p>
    </>
  )
}

function OrgSummary(p: { lang: 'fr' | 'en'; org: OwnOrganization }) {
  const { lang, org } = p
  return (
    <>
      <h2>{m.org[lang]}</h2>
      <p>
        <strong>{org.name}</strong>
        {org.city ? `, ${org.city}` : ''}
      </p>
      {org.region ? (
        <p>
          {m.region[lang]}
          {colon(lang)}
          {localName(lang, org.region)}
        </p>
      ) : null}
    </>
  )
}

function PortalHome(p: {
  request: FastifyRequest
  deps: ModuleDeps
  org: OwnOrganization | undefined
  saved: boolean
}) {
  const { org } = p
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]} homeHref={PORTAL}>
      <h1>{m.title[lang]}</h1>
      {p.saved ? <Notice lang={lang}>{orgText.capacitySaved[lang]}</Notice> : null}
      {org ? (
        <>
          <OrgSummary lang={lang} org={org} />
          <OwnCapacity lang={lang} org={org} />
          <h2>{m.referrals[lang]}</h2>
          <p>{m.referralsHelp[lang]}</p>
          <p>
            <a class="qc-button qc-primary" href={`${PORTAL}/references`}>
              {m.referrals[lang]}
            </a>
          </p>
          <h2>{reportText.agreements[lang]}</h2>
          <p>{reportText.agreementsHelp[lang]}</p>
          <p>
            <a class="qc-button qc-primary" href="/partenaires/ententes">
              {reportText.agreements[lang]}
            </a>
          </p>
        </>
      ) : (
        <p>{m.unknown[lang]}</p>
      )}
    </AppPage>
  )
}

/** The partner's own organization, or not_found for an account linked to none (nothing to update). */
async function ownOrThrow(ctx: Ctx): Promise<OwnOrganization> {
  const org = await findOwnOrganization(ctx)
  if (!org) throw notFound('organization')
  return org
}

type CapacityState = { org: OwnOrganization; values: CapacityValues; errors?: FieldErrors }

function showCapacity(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, s: CapacityState, status = 200) {
  const lang = request.lang
  const title = `${orgText.capacityTitle[lang]} — ${s.org.name}`
  const page = (
    <AppPage request={request} nav={deps.nav} title={title} homeHref={PORTAL}>
      <h1>{title}</h1>
      <CapacityForm
        lang={lang}
        action={CAPACITY}
        csrfToken={request.csrfToken}
        cancelHref={PORTAL}
        values={s.values}
        errors={s.errors}
      />
    </AppPage>
  )
  return sendPage(reply, page, status)
}

const homeQuery = z.object({ saved: z.literal('capacite').optional() })

/** The partner portal's home (its organization, its capacity, its referrals) and the capacity form. */
export function registerPortalPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(PORTAL, { schema: { hide: true, querystring: homeQuery } }, async (request, reply) => {
    const org = await findOwnOrganization(ctxOf(request, deps))
    const saved = request.query.saved === 'capacite'
    return sendPage(reply, <PortalHome request={request} deps={deps} org={org} saved={saved} />)
  })
  app.get(CAPACITY, { schema: { hide: true } }, async (request, reply) => {
    const org = await ownOrThrow(ctxOf(request, deps))
    return showCapacity(request, reply, deps, { org, values: capacityValues(org.capacity) })
  })
  app.post(CAPACITY, formRoute(capacityInput), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const org = await ownOrThrow(ctx)
    return submitForm<unknown, unknown>(
      request,
      () => updateCapacity(ctx, org.id, request.body),
      () => reply.redirect(`${PORTAL}?saved=capacite`, 303),
      (errors, status) =>
        showCapacity(request, reply, deps, { org, values: typedValues(request.body), errors }, status),
    )
  })
}
