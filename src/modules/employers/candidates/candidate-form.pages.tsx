import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, can, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listAllRegions, listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { forbidden, notFound } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import {
  Field,
  FormActions,
  fieldsOf,
  MultiSelectField,
  PostForm,
  SelectField,
  TextAreaField,
} from '../../../platform/views/form.js'
import { type Lang, labelsIn, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { CnpField } from '../occupations/cnp-field.js'
import { ChoosePersonPage } from './candidate-choose.view.js'
import { listPersonsWithoutProfile } from './candidate-choose.service.js'
import { CANDIDATES } from './candidate-list.pages.js'
import { canWriteProfile } from './candidate.policy.js'
import { NOTES_MAX, profileInput, profileReplacement } from './candidate.contracts.js'
import {
  candidateFields as f,
  credentialStatusLabels,
  candidateText as m,
  workPermitLabels,
} from './candidate.messages.js'
import { credentialStatuses, workPermits } from './candidate.schema.js'
import {
  assertCanWriteProfiles,
  createProfile,
  newProfileStart,
  replaceProfile,
  viewProfile,
} from './candidate.service.js'

type Values = Record<string, unknown>
type FormState = { id?: string; personId?: string; personName?: string; values: Values; errors?: FieldErrors }

const newQuery = z.object({ personne: z.uuid().optional(), q: z.string().max(100).optional() })

type Choices = {
  regions: { value: string; label: string }[]
  mrcGroups: { label: string; options: { value: string; label: string }[] }[]
}

/** The regions and MRCs a form offers: all of Québec's (a person may live anywhere, and move anywhere). */
async function choicesOf(request: FastifyRequest, deps: ModuleDeps): Promise<Choices> {
  const ctx = ctxOf(request, deps)
  const lang = request.lang
  const regions = await listAllRegions(ctx)
  const mrcs = await listMrcsOfRegionsOrThrow(
    ctx,
    regions.map((r) => r.code),
  )
  return {
    regions: regions.map((r) => ({ value: r.code, label: localName(lang, r) })),
    mrcGroups: regions.map((r) => ({
      label: localName(lang, r),
      options: mrcs.filter((x) => x.regionCode === r.code).map((x) => ({ value: x.code, label: x.name })),
    })),
  }
}

/** The profile's fields, bound to the form's values and errors. */
function ProfileFields(p: { lang: Lang; form: FormState; choices: Choices }) {
  const { lang } = p
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values: p.form.values, errors: p.form.errors })
  return (
    <>
      <CnpField {...at('targetCnpCodes')} multiple required hint={m.cnpHint[lang]} />
      <Field {...at('experienceYears')} />
      <Field {...at('frenchLevel')} hint={m.frenchHint[lang]} />
      <SelectField
        {...at('credentialStatus')}
        emptyLabel=""
        options={credentialStatuses.map((s) => ({ value: s, label: credentialStatusLabels[s][lang] }))}
      />
      <SelectField
        {...at('workPermit')}
        emptyLabel=""
        options={workPermits.map((s) => ({ value: s, label: workPermitLabels[s][lang] }))}
      />
      <Field {...at('availableOn')} type="date" />
      <SelectField {...at('currentRegionCode')} required options={p.choices.regions} />
      <SelectField {...at('currentMrcCode')} emptyLabel="" options={[]} groups={p.choices.mrcGroups} />
      <MultiSelectField
        lang={lang}
        name="mobilityRegionCodes"
        label={labels.mobilityRegionCodes!}
        hint={m.mobilityHint[lang]}
        values={p.form.values}
        errors={p.form.errors}
        options={p.choices.regions}
      />
      <TextAreaField {...at('notes')} maxLength={NOTES_MAX} rows={4} />
    </>
  )
}

/** The new (no id) or edit form. */
function FormPage(p: { request: FastifyRequest; deps: ModuleDeps; form: FormState; choices: Choices }) {
  const { request, form } = p
  const lang = request.lang
  const title = (form.id ? m.editTitle : m.newTitle)[lang]
  const action = form.id ? `${CANDIDATES}/${form.id}/modifier` : `${CANDIDATES}/nouveau`
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      {form.personName ? <p class="lead">{form.personName}</p> : null}
      <ErrorSummary lang={lang} errors={form.errors} labels={labelsIn(lang, f)} />
      <PostForm requiredNote lang={lang} action={action} csrfToken={request.csrfToken}>
        {form.id ? null : <input type="hidden" id="f-personId" name="personId" value={form.personId ?? ''} />}
        <ProfileFields lang={lang} form={form} choices={p.choices} />
        <FormActions
          saveLabel={m.save[lang]}
          cancelHref={form.id ? `${CANDIDATES}/${form.id}` : CANDIDATES}
          cancelLabel={m.cancel[lang]}
        />
      </PostForm>
    </AppPage>
  )
}

async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const choices = await choicesOf(request, deps)
  return sendPage(reply, <FormPage request={request} deps={deps} form={form} choices={choices} />, status)
}

/** Without the person's consent there is no form: the reason, and the way to the consents for those who record them. */
function NoConsentPage(p: { request: FastifyRequest; deps: ModuleDeps; personId: string; personName: string }) {
  const lang = p.request.lang
  const actor = p.request.actor
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.newTitle[lang]}>
      <h1>{m.newTitle[lang]}</h1>
      <p class="lead">{p.personName}</p>
      <SdgNotice lang={lang} type="warning">
        <p>{m.consentMissing[lang]}</p>
        {actor && can(actor, 'people.read') ? (
          <p>
            <a href={`/app/personnes/${p.personId}/consentements`}>{m.consentsLink[lang]}</a>
          </p>
        ) : null}
      </SdgNotice>
    </AppPage>
  )
}

/**
 * The values a form shows again after an error: the typed texts, the occupations (typed, or parsed to a list when the
 * service refused them) and the chosen regions (one or several).
 */
function redisplayValues(body: unknown): Values {
  const { targetCnpCodes, mobilityRegionCodes } = (body ?? {}) as Record<string, unknown>
  const cnp = Array.isArray(targetCnpCodes) ? targetCnpCodes.join(', ') : targetCnpCodes
  return { ...typedValues(body), targetCnpCodes: cnp, mobilityRegionCodes }
}

const saved = (reply: FastifyReply) => (p: { id: string }) => reply.redirect(`${CANDIDATES}/${p.id}?saved=1`, 303)

/** New profile: the person chosen (or from their file), the form, then post/redirect/get to the profile's page. */
function registerNew(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${CANDIDATES}/nouveau`, { schema: { hide: true, querystring: newQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanWriteProfiles(ctx)
    const personId = request.query.personne
    if (!personId) {
      const persons = await listPersonsWithoutProfile(ctx, request.query.q)
      return sendPage(reply, <ChoosePersonPage request={request} deps={deps} q={request.query.q} persons={persons} />)
    }
    const start = await newProfileStart(ctx, personId)
    if (start.existingId) return reply.redirect(`${CANDIDATES}/${start.existingId}`, 303)
    if (!start.consentActive)
      return sendPage(reply, <NoConsentPage request={request} deps={deps} personId={personId} {...start} />, 409)
    return showForm(request, reply, deps, { personId, personName: start.personName, values: start.values })
  })
  app.post(`${CANDIDATES}/nouveau`, formRoute(profileInput), async (request, reply) =>
    submitForm(
      request,
      () => createProfile(ctxOf(request, deps), request.body),
      saved(reply),
      async (errors, status) => {
        const personId = typedValues(request.body).personId
        const start = personId
          ? await newProfileStart(ctxOf(request, deps), personId).catch(() => undefined)
          : undefined
        if (!start) throw notFound('person')
        const values = redisplayValues(request.body)
        return showForm(request, reply, deps, { personId, personName: start.personName, values, errors }, status)
      },
    ),
  )
}

/** A profile's edit form (its own region's writers only), then post/redirect/get to the profile's page. */
function registerEdit(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${CANDIDATES}/:id/modifier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanWriteProfiles(ctx)
    const view = await viewProfile(ctx, request.params.id)
    if (!view.consent) throw notFound('candidate_profile')
    if (!canWriteProfile(ctx.actor, ctx.scope, view.profile)) throw forbidden()
    const values = { ...view.profile, targetCnpCodes: view.profile.targetCnpCodes.join(', ') }
    return showForm(request, reply, deps, { id: view.profile.id, personName: view.profile.personName, values })
  })
  app.post(`${CANDIDATES}/:id/modifier`, formRoute(profileReplacement, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => replaceProfile(ctxOf(request, deps), id, request.body),
      saved(reply),
      (errors, status) => showForm(request, reply, deps, { id, values: redisplayValues(request.body), errors }, status),
    )
  })
}

/** New profile from a person's file, edit; post/redirect/get to the profile's page on success. */
export function registerCandidateFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  registerNew(root, deps)
  registerEdit(root, deps)
}
