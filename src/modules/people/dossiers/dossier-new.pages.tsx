import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorUserId, AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate, findStaffOfUser, listStaff } from '../../territory/index.js'
import { AppError, type FieldErrors, forbidden, notFound } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { colon, formatDate, type Lang, labelsIn } from '../../../platform/views/i18n.js'
import { openDossierInput } from './dossier.contracts.js'
import { DOSSIERS } from './dossier-list.pages.js'
import { channelLabels, dossierFields as f, dossierText as m } from './dossier.messages.js'
import { listOpenDossiersOfPerson, type OpenDossierOfPerson } from './dossier-open.queries.js'
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
  const labels = labelsIn(lang, f)
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

/**
 * The person's dossiers still open, before the form: a second one is usually a mistake, but not always (a person who
 * moved to another region has one there too), so this warns and does not block.
 */
function OpenDossiersWarning(p: { lang: Lang; dossiers: OpenDossierOfPerson[] }) {
  if (p.dossiers.length === 0) return null
  return (
    <SdgNotice lang={p.lang} type="warning">
      <p>{m.openDossiersWarning[p.lang]}</p>
      <ul>
        {p.dossiers.map((d) => (
          <li key={d.id}>
            <a href={`${DOSSIERS}/${d.id}`} class="nowrap">
              {d.number}
            </a>
            {` (${m.openedOnLower[p.lang]} ${formatDate(d.openedOn, p.lang)})`}
          </li>
        ))}
      </ul>
    </SdgNotice>
  )
}

/**
 * What the form starts with: the start date is the person's arrival, or today (a request made today); the agent is
 * the signed-in one when they are an agent of a region of their scope (the form's service points are there).
 */
async function initialValues(ctx: Ctx, person: { id: string; arrivalDate: string | null }): Promise<Values> {
  const today = civilDate(ctx.now)
  const userId = actorUserId(ctx.actor)
  const staff = userId ? await findStaffOfUser(ctx.db, userId, today) : undefined
  const isAgentHere = staff?.role === 'agent' && ctx.scope.coversRegion(staff.regionCode)
  return { personId: person.id, startsOn: person.arrivalDate ?? today, agentId: isAgentHere ? staff.id : undefined }
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
  const [covered, agents, alreadyOpen] = await Promise.all([
    listServicePointsInScope(ctx, { active: true }),
    listStaff(ctx, { role: 'agent', active: true }),
    listOpenDossiersOfPerson(ctx.db, ctx.scope, person.id),
  ])
  const title = m.newTitle[request.lang]
  const page = (
    <AppPage request={request} nav={deps.nav} title={title}>
      <h1>{title}</h1>
      <OpenDossiersWarning lang={request.lang} dossiers={alreadyOpen} />
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

/** Opening a dossier from a person's page (see `initialValues` for what the form starts with). */
export function registerDossierNewPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(NEW, { schema: { hide: true, querystring: newQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const person = await personOrNotFound(ctx, request.query.person)
    return showForm(request, reply, deps, await initialValues(ctx, person))
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
