import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, forbiddenUnless, type ModuleDeps } from '../../access/index.js'
import { listAllRegions, listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList } from '../../../platform/views/form.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { CapacityForm, type CapacityValues, capacityValues } from './capacity-form.js'
import { languageName } from '../../../platform/languages.js'
import { capacityInput, type OrganizationOutput } from './organization.contracts.js'
import { orgFields as f, orgText as m } from './organization.messages.js'
import { canManageOrganizations, canUpdateCapacity } from './organization.policy.js'
import { getOrganizationOrThrow } from './organization.service.js'
import { updateCapacity } from './organization-capacity.service.js'
import { ORGANIZATIONS as BASE } from './organization-list.pages.js'
import { kindLabels, serviceLabel } from './organization-services.js'
import { CapacityText } from './organization-views.js'

type Names = { regions: Map<string, string>; mrcs: Map<string, string> }

function rowsOf(lang: Lang, org: OrganizationOutput, names: Names): [string, string | null][] {
  const label = (k: string) => f[k]![lang]
  const list = <T extends string>(items: T[], name: (c: T) => string) => items.map(name).join(', ') || null
  return [
    [label('kind'), kindLabels[org.kind][lang]],
    [label('regionCode'), names.regions.get(org.regionCode) ?? org.regionCode],
    [label('description'), org.description],
    [label('services'), list(org.services, (s) => serviceLabel(s, lang))],
    [label('languages'), list(org.languages, (c) => languageName(c, lang))],
    [label('servedMrcCodes'), list(org.servedMrcCodes, (c) => names.mrcs.get(c) ?? c)],
    [label('servedRegionCodes'), list(org.servedRegionCodes, (c) => names.regions.get(c) ?? c)],
    [label('streetAddress'), org.streetAddress],
    [label('city'), org.city],
    [label('postalCode'), org.postalCode],
    [label('website'), org.website],
    [label('email'), org.email],
    [label('phone'), org.phone],
    [label('listedPublicly'), org.listedPublicly ? m.publicYes[lang] : m.publicNo[lang]],
  ]
}

function DetailsPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  org: OrganizationOutput
  names: Names
  saved?: 'capacite' | '1'
}) {
  const { request, org } = p
  const lang = request.lang
  const actor = request.actor!
  const { saved } = p
  return (
    <AppPage request={request} nav={p.deps.nav} title={org.name}>
      <h1>{org.name}</h1>
      {saved === '1' ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      {saved === 'capacite' ? <Notice lang={lang}>{m.capacitySaved[lang]}</Notice> : null}
      <DetailsList rows={rowsOf(lang, org, p.names)} />
      <h2>{m.capacityTitle[lang]}</h2>
      <p>
        <CapacityText lang={lang} capacity={org.capacity} withAuthor />
      </p>
      <div class="button-row">
        {canManageOrganizations(actor, request.scope, org.regionCode) ? (
          <a class="qc-button qc-primary" href={`${BASE}/${org.id}/modifier`}>
            {m.edit[lang]}
          </a>
        ) : null}
        {canUpdateCapacity(actor, request.scope, org) ? (
          <a class="qc-button qc-secondary" href={`${BASE}/${org.id}/capacite`}>
            {m.updateCapacity[lang]}
          </a>
        ) : null}
      </div>
      <p>
        <a href={BASE}>{m.backToList[lang]}</a>
      </p>
    </AppPage>
  )
}

type CapacityState = { org: OrganizationOutput; values: CapacityValues; errors?: FieldErrors }

function showCapacity(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, s: CapacityState, status = 200) {
  const lang = request.lang
  const title = `${m.capacityTitle[lang]} — ${s.org.name}`
  const page = (
    <AppPage request={request} nav={deps.nav} title={title}>
      <h1>{title}</h1>
      <CapacityForm
        lang={lang}
        action={`${BASE}/${s.org.id}/capacite`}
        csrfToken={request.csrfToken}
        cancelHref={`${BASE}/${s.org.id}`}
        values={s.values}
        errors={s.errors}
      />
    </AppPage>
  )
  return sendPage(reply, page, status)
}

const detailsQuery = z.object({ saved: z.enum(['1', 'capacite']).optional() })

/** An organization's page (everything, capacity with its date and author) and the staff's capacity form. */
export function registerOrganizationDetailsPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    `${BASE}/:id`,
    { schema: { hide: true, params: idParams, querystring: detailsQuery } },
    async (req, reply) => {
      const ctx = ctxOf(req, deps)
      const org = await getOrganizationOrThrow(ctx, req.params.id)
      const regions = await listAllRegions(ctx)
      const mrcs = await listMrcsOfRegionsOrThrow(ctx, [org.regionCode, ...org.servedRegionCodes])
      const names = {
        regions: new Map(regions.map((r) => [r.code, localName(req.lang, r)])),
        mrcs: new Map(mrcs.map((r) => [r.code, r.name])),
      }
      return sendPage(reply, <DetailsPage request={req} deps={deps} org={org} names={names} saved={req.query.saved} />)
    },
  )
  app.get(`${BASE}/:id/capacite`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const org = await getOrganizationOrThrow(ctx, request.params.id)
    forbiddenUnless(canUpdateCapacity(ctx.actor, ctx.scope, org))
    return showCapacity(request, reply, deps, { org, values: capacityValues(org.capacity) })
  })
  app.post(`${BASE}/:id/capacite`, formRoute(capacityInput, idParams), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const { id } = request.params
    return submitForm(
      request,
      () => updateCapacity(ctx, id, request.body),
      () => reply.redirect(`${BASE}/${id}?saved=capacite`, 303),
      async (errors, status) => {
        const org = await getOrganizationOrThrow(ctx, id)
        return showCapacity(request, reply, deps, { org, values: typedValues(request.body), errors }, status)
      },
    )
  })
}
