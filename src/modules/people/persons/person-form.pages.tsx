import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { sendPage } from '../../../platform/views/render.js'
import { choicesOf, type FormState, formValues, PersonFormPage, type Values } from './person-form.view.js'
import { PERSONS } from './person-list.pages.js'
import { type DuplicateDetails, type PersonOutput, personInput } from './person.contracts.js'
import { personText as m } from './person.messages.js'
import {
  assertCanWritePersons,
  createPerson,
  duplicateDetailsOf,
  getPersonOrThrow,
  replacePerson,
} from './person.service.js'

/** `?menage=<id>`: the new person joins that person's household (the link on a person's page). */
const newQuery = z.object({ menage: z.uuid().optional() })

/** An error on one item of a list ("languages.1") is shown on the list's field, where the summary's link leads. */
function onFields(errors: FieldErrors | undefined): FieldErrors | undefined {
  if (!errors) return undefined
  const out: FieldErrors = {}
  for (const [key, message] of Object.entries(errors)) out[key.split('.')[0]!] ??= message
  return out
}

async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  state: FormState,
  status = 200,
) {
  const lang = request.lang
  const form = { ...state, errors: onFields(state.errors) }
  const choices = await choicesOf(ctxOf(request, deps), lang)
  const page = (
    <PersonFormPage
      request={request}
      deps={deps}
      title={(form.id ? m.editTitle : m.newTitle)[lang]}
      action={form.id ? `${PERSONS}/${form.id}/modifier` : `${PERSONS}/nouvelle`}
      cancelHref={form.id ? `${PERSONS}/${form.id}` : PERSONS}
      form={form}
      choices={choices}
    />
  )
  return sendPage(reply, page, status)
}

/** The edit form's values: the record as stored, its household named by the household's id (a person's id). */
function valuesOf(person: PersonOutput): Values {
  const { householdId, citizenships, languages, ...rest } = person
  const values = formValues(rest)
  return { ...values, citizenships, languages, ...(householdId ? { householdPersonId: householdId } : {}) }
}

/**
 * After a new person: their page, or for a service point's agent (who reads only persons with a dossier at their
 * service point) the new-dossier form for them.
 */
function afterCreate(ctx: Ctx, id: string): string {
  return ctx.scope.servicePointId ? `/app/dossiers/nouveau?person=${id}` : `${PERSONS}/${id}?saved=1`
}

/** Runs a save; a refused duplicate keeps its candidates for the form shown again. */
function saving<T>(run: () => Promise<T>, keep: (d: DuplicateDetails | undefined) => void): () => Promise<T> {
  return () =>
    run().catch((error: unknown) => {
      keep(duplicateDetailsOf(error))
      throw error
    })
}

/** Submits a person form; on an error the form is shown again, with the candidates of a refused duplicate. */
function submitPersonForm<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  form: { id?: string; save: () => Promise<T>; onSuccess: (saved: T) => FastifyReply },
) {
  let duplicates: DuplicateDetails | undefined
  const run = saving(form.save, (d) => {
    duplicates = d
  })
  return submitForm(request, run, form.onSuccess, (errors, status) =>
    showForm(request, reply, deps, { id: form.id, values: formValues(request.body), errors, duplicates }, status),
  )
}

/** New and edit forms of a person (agents and admins); post/redirect/get on success. */
export function registerPersonFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  registerNewPersonForm(root, deps)
  registerEditPersonForm(root, deps)
}

function registerNewPersonForm(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${PERSONS}/nouvelle`, { schema: { hide: true, querystring: newQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanWritePersons(ctx)
    const regions = (await choicesOf(ctx, request.lang)).regions
    const values: Values = {
      preferredLanguage: 'fr',
      ...(regions.length === 1 ? { regionCode: regions[0]!.value } : {}),
    }
    if (request.query.menage) values.householdPersonId = request.query.menage
    return showForm(request, reply, deps, { values })
  })
  app.post(`${PERSONS}/nouvelle`, formRoute(personInput), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    return submitPersonForm(request, reply, deps, {
      save: () => createPerson(ctx, request.body),
      onSuccess: (p) => reply.redirect(afterCreate(ctx, p.id), 303),
    })
  })
}

function registerEditPersonForm(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${PERSONS}/:id/modifier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanWritePersons(ctx)
    const person = await getPersonOrThrow(ctx, request.params.id)
    return showForm(request, reply, deps, { id: person.id, values: valuesOf(person) })
  })
  app.post(`${PERSONS}/:id/modifier`, formRoute(personInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitPersonForm(request, reply, deps, {
      id,
      save: () => replacePerson(ctxOf(request, deps), id, request.body),
      onSuccess: () => reply.redirect(`${PERSONS}/${id}?saved=1`, 303),
    })
  })
}
