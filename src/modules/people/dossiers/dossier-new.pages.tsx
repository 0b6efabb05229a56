import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate, listStaff } from '../../territory/index.js'
import { AppError, type FieldErrors, forbidden, notFound } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { colon } from '../../../platform/views/i18n.js'
import { openDossierInput } from './dossier.contracts.js'
import { DOSSIERS } from './dossier-list.pages.js'
import { channelLabels, dossierFields as f, dossierText as m } from './dossier.messages.js'
import { checkPerson, listServicePointsInScope } from './dossier-places.js'
import { canWriteDossiers } from './dossier.policy.js'
import { intakeChannels } from './dossier.schema.js'
import { openDossier } from './dossier.service.js'

const NEW = `${DOSSIERS}/nouveau`
const newQuery = z.object({ person: z.uuid() })
type Values = Record<string, unknown>

/** The person the dossier is for, or 404 when unknown or out of reach (the form is only reached from their page). */
async function personOrNotFound(ctx: Ctx, id: unknown) {
  if (!canWriteDossiers(ctx.actor)) throw forbidden()
  if (typeof id !== 'string') throw notFound('person')
  return checkPerson(ctx, id).catch((error: unknown) => {
    throw error instanceof AppError && error.kind === 'invalid' ? notFound('person') : error
  })
}

type Choice = { value: string; label: string }

function NewDossierForm(p: {
  request: FastifyRequest
  person: { id: string; name: string }
  values: Values
  errors?: FieldErrors
  points: Choice[]
  agents: Choice[]
}) {
  const lang = p.request.lang
  const labels = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v[lang]]))
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  const channels = intakeChannels.map((c) => ({ value: c, label: channelLabels[c][lang] }))
  return (
    <>
      <p>
        {f.person![lang]}
        {colon(lang)}
        <a href={`/app/personnes/${p.person.id}`}>{p.person.name}</a>
      </p>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={NEW} csrfToken={p.request.csrfToken}>
        <input type="hidden" name="personId" value={p.person.id} />
        <SelectField
          {...at('servicePointId')}
          required
          emptyLabel={p.points.length > 1 ? '' : undefined}
          options={p.points}
        />
        <SelectField {...at('agentId')} emptyLabel={m.noAgent[lang]} options={p.agents} />
        <SelectField {...at('intakeChannel')} required emptyLabel="" options={channels} />
        <Field {...at('startsOn')} type="date" required />
        <FormActions
          saveLabel={m.open[lang]}
          cancelHref={`/app/personnes/${p.person.id}`}
          cancelLabel={m.cancel[lang]}
        />
      </PostForm>
    </>
  )
}

/** The form, for the person it names, with the service points of the caller's scope and the agents of its regions. */
async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  values: Values,
  errors?: FieldErrors,
  status = 200,
) {
  const ctx = ctxOf(request, deps)
  const person = await personOrNotFound(ctx, values.personId)
  const [covered, agents] = await Promise.all([
    listServicePointsInScope(ctx, { active: true }),
    listStaff(ctx, { role: 'agent', active: true }),
  ])
  const title = m.newTitle[request.lang]
  const page = (
    <AppPage request={request} nav={deps.nav} title={title}>
      <h1>{title}</h1>
      <NewDossierForm
        request={request}
        person={person}
        values={values}
        errors={errors}
        points={covered.map((sp) => ({ value: sp.id, label: sp.name }))}
        agents={agents.map((a) => ({ value: a.id, label: a.fullName }))}
      />
    </AppPage>
  )
  return sendPage(reply, page, status)
}

/** Opening a dossier from a person's page: the start date is their arrival, or today (a request made today). */
export function registerDossierNewPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(NEW, { schema: { hide: true, querystring: newQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const person = await personOrNotFound(ctx, request.query.person)
    const startsOn = person.arrivalDate ?? civilDate(ctx.now)
    return showForm(request, reply, deps, { personId: person.id, startsOn })
  })
  app.post(NEW, formRoute(openDossierInput), async (request, reply) =>
    submitForm(
      request,
      () => openDossier(ctxOf(request, deps), request.body),
      (dossier) => reply.redirect(`${DOSSIERS}/${dossier.id}?saved=opened`, 303),
      (errors, status) => showForm(request, reply, deps, typedValues(request.body), errors, status),
    ),
  )
}
