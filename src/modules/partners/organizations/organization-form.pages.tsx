import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listAllRegions, listMrcsOfRegionsOrThrow, type MrcRow, type RegionRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import {
  Field,
  FormActions,
  fieldsOf,
  MultiSelectField,
  PostForm,
  SelectField,
  TextAreaField,
} from '../../../platform/views/form.js'
import { labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { languageOptions } from '../../../platform/languages.js'
import { organizationInput, type OrganizationOutput } from './organization.contracts.js'
import { orgFields as f, orgText as m } from './organization.messages.js'
import { organizationKinds } from './organization.schema.js'
import {
  assertCanManageOrganizations,
  createOrganization,
  getOrganizationOrThrow,
  replaceOrganization,
} from './organization.service.js'
import { kindLabels } from './organization-services.js'
import { ORGANIZATIONS as BASE } from './organization-list.pages.js'
import { onFields, ServicesField } from './organization-views.js'

type Values = Record<string, unknown>
type Choices = { own: RegionRow[]; all: RegionRow[]; mrcs: MrcRow[] }

/** What the form offers: the caller's regions (home region), every region (served), every MRC (served). */
async function choicesOf(ctx: Ctx): Promise<Choices> {
  const all = await listAllRegions(ctx)
  const mrcs = await listMrcsOfRegionsOrThrow(
    ctx,
    all.map((r) => r.code),
  )
  return { own: all.filter((r) => ctx.scope.coversRegion(r.code)), all, mrcs }
}

function TerritoryFields(p: { lang: Lang; choices: Choices; values: Values; errors?: FieldErrors }) {
  const { lang, choices } = p
  const regionName = new Map(choices.all.map((r) => [r.code, localName(lang, r)]))
  const common = { lang, values: p.values, errors: p.errors }
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.territory[lang]}</legend>
      <MultiSelectField
        {...common}
        name="servedMrcCodes"
        label={f.servedMrcCodes![lang]}
        hint={f.mrcHint![lang]}
        options={choices.mrcs.map((r) => ({ value: r.code, label: `${r.name} (${regionName.get(r.regionCode)})` }))}
      />
      <MultiSelectField
        {...common}
        name="servedRegionCodes"
        label={f.servedRegionCodes![lang]}
        hint={f.multiHint![lang]}
        options={choices.all.map((r) => ({ value: r.code, label: localName(lang, r) }))}
      />
    </fieldset>
  )
}

type At = ReturnType<typeof fieldsOf>

const yesNo = (lang: Lang) => [
  { value: 'true', label: m.publicYes[lang] },
  { value: 'false', label: m.publicNo[lang] },
]

/** Name, kind, region (among the caller's) and description. */
function IdentityFields(p: { lang: Lang; at: At; regions: RegionRow[] }) {
  const { lang, at } = p
  return (
    <>
      <Field {...at('name')} required maxLength={300} />
      <SelectField
        {...at('kind')}
        required
        emptyLabel=""
        options={organizationKinds.map((k) => ({ value: k, label: kindLabels[k][lang] }))}
      />
      <SelectField
        {...at('regionCode')}
        required
        emptyLabel={p.regions.length > 1 ? '' : undefined}
        options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
      />
      <TextAreaField {...at('description')} rows={4} maxLength={2000} />
    </>
  )
}

function ContactFields(p: { lang: Lang; at: At }) {
  const { at } = p
  return (
    <fieldset class="qc-fieldset">
      <legend>{m.contact[p.lang]}</legend>
      <Field {...at('streetAddress')} autocomplete="street-address" />
      <Field {...at('city')} />
      <Field {...at('postalCode')} autocomplete="postal-code" />
      <Field {...at('website')} type="url" />
      <Field {...at('email')} type="email" />
      <Field {...at('phone')} type="tel" />
    </fieldset>
  )
}

function FormPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  title: string
  action: string
  cancelHref: string
  values: Values
  errors?: FieldErrors
  choices: Choices
}) {
  const lang: Lang = p.request.lang
  const labels = labelsIn(lang, f)
  const errors = onFields(p.errors)
  const at = fieldsOf({ lang, labels, values: p.values, errors })
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.title}>
      <h1>{p.title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={p.action} csrfToken={p.request.csrfToken}>
        <IdentityFields lang={lang} at={at} regions={p.choices.own} />
        <ServicesField lang={lang} label={m.servicesLegend[lang]} values={p.values} errors={errors} />
        <MultiSelectField
          lang={lang}
          values={p.values}
          errors={errors}
          name="languages"
          label={f.languages![lang]}
          hint={f.multiHint![lang]}
          options={languageOptions(lang)}
        />
        <TerritoryFields lang={lang} choices={p.choices} values={p.values} errors={errors} />
        <ContactFields lang={lang} at={at} />
        <RadioGroup {...at('listedPublicly')} required options={yesNo(lang)} />
        <FormActions saveLabel={f.save![lang]} cancelHref={p.cancelHref} cancelLabel={f.cancel![lang]} />
      </PostForm>
    </AppPage>
  )
}

/** The fields a user sent, lists included, to show the form again after an error (never the CSRF token). */
function sentValues(body: unknown): Values {
  if (!body || typeof body !== 'object') return {}
  return Object.fromEntries(Object.entries(body).filter(([k]) => k !== '_csrf'))
}

/** The edit form's values: the record as stored, the public flag as the radio buttons say it. */
function valuesOf(org: OrganizationOutput): Values {
  const { capacity: _capacity, listedPublicly, ...rest } = org
  return { ...rest, listedPublicly: String(listedPublicly) }
}

type FormState = { id?: string; values: Values; errors?: FieldErrors }

async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const lang = request.lang
  const ctx = ctxOf(request, deps)
  const page = (
    <FormPage
      request={request}
      deps={deps}
      title={(form.id ? m.editTitle : m.newTitle)[lang]}
      action={form.id ? `${BASE}/${form.id}/modifier` : `${BASE}/nouveau`}
      cancelHref={form.id ? `${BASE}/${form.id}` : BASE}
      values={form.values}
      errors={form.errors}
      choices={await choicesOf(ctx)}
    />
  )
  return sendPage(reply, page, status)
}

/** A new organization: listed publicly, in the caller's region when there is only one. */
function newValues(ctx: Ctx): Values {
  const regions = ctx.scope.regionCodes
  return { listedPublicly: 'true', regionCode: regions !== 'all' && regions.length === 1 ? regions[0] : '' }
}

/** Create and edit (directors and admins of the region); post/redirect/get to the organization's page. */
export function registerOrganizationFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const saved = (reply: FastifyReply) => (org: { id: string }) => reply.redirect(`${BASE}/${org.id}?saved=1`, 303)

  app.get(`${BASE}/nouveau`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanManageOrganizations(ctx)
    return showForm(request, reply, deps, { values: newValues(ctx) })
  })
  app.post(`${BASE}/nouveau`, formRoute(organizationInput), async (request, reply) =>
    submitForm(
      request,
      () => createOrganization(ctxOf(request, deps), request.body),
      saved(reply),
      (errors, status) => showForm(request, reply, deps, { values: sentValues(request.body), errors }, status),
    ),
  )
  app.get(`${BASE}/:id/modifier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanManageOrganizations(ctx)
    const org = await getOrganizationOrThrow(ctx, request.params.id)
    return showForm(request, reply, deps, { id: org.id, values: valuesOf(org) })
  })
  app.post(`${BASE}/:id/modifier`, formRoute(organizationInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => replaceOrganization(ctxOf(request, deps), id, request.body),
      saved(reply),
      (errors, status) => showForm(request, reply, deps, { id, values: sentValues(request.body), errors }, status),
    )
  })
}
