import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, assertCan, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Field, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { closeInput, type ProgramOutput, programInput, voletInput } from './program.contracts.js'
import { programFields as f, programText as m } from './program.messages.js'
import { closeProgram, closeVolet, createProgram, createVolet, listPrograms } from './program.service.js'

export const PROGRAMS = '/app/admin/programmes'
const codeParams = z.object({ code: z.string().max(20) })

type Period = { validFrom: string; validTo: string | null; active: boolean }

function validity(lang: Lang, p: Period): string {
  const end = p.validTo ? ` ${m.until[lang]} ${formatDate(p.validTo, lang)}` : ''
  return `${p.active ? m.inForce[lang] : m.closed[lang]} — ${m.since[lang]} ${formatDate(p.validFrom, lang)}${end}`
}

/** A one-field form closing a program or volet (its own ids: several sit on the page). */
function CloseForm(p: { request: FastifyRequest; action: string; id: string; label: string }) {
  const lang = p.request.lang
  return (
    <PostForm action={p.action} csrfToken={p.request.csrfToken} label={p.label}>
      <label class="qc-label" for={p.id}>
        {f.validTo[lang]}
      </label>
      <input id={p.id} name="validTo" type="date" required />
      <button class="qc-button qc-secondary qc-compact" type="submit">
        {p.label}
      </button>
    </PostForm>
  )
}

function ProgramSection(p: { request: FastifyRequest; program: ProgramOutput }) {
  const lang = p.request.lang
  const { program } = p
  const title = `${program.code} — ${localName(lang, program)}`
  return (
    <section aria-labelledby={`p-${program.code}`}>
      <h2 id={`p-${program.code}`}>{title}</h2>
      <p>{validity(lang, program)}</p>
      {program.validTo ? null : (
        <CloseForm
          request={p.request}
          action={`${PROGRAMS}/${encodeURIComponent(program.code)}/fermer`}
          id={`close-${program.code}`}
          label={`${m.closeProgram[lang]} ${program.code}`}
        />
      )}
      <VoletsTable request={p.request} program={program} />
    </section>
  )
}

/** A program's volets with their validity, each still open with its close form. */
function VoletsTable(p: { request: FastifyRequest; program: ProgramOutput }) {
  const lang = p.request.lang
  const { program } = p
  if (program.volets.length === 0) return <p>{m.noVolet[lang]}</p>
  return (
    <Table label={`${m.volets[lang]} — ${program.code}`}>
      <caption>{m.volets[lang]}</caption>
      <thead>
        <tr>
          <th scope="col">{f.code[lang]}</th>
          <th scope="col">{f.name[lang]}</th>
          <th scope="col">{m.validity[lang]}</th>
          <th scope="col">{m.close[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {program.volets.map((v) => (
          <tr key={v.id}>
            <td>{v.code}</td>
            <td>{localName(lang, v)}</td>
            <td>{validity(lang, v)}</td>
            <td>
              {v.validTo ? null : (
                <CloseForm
                  request={p.request}
                  action={`${PROGRAMS}/volets/${v.id}/fermer`}
                  id={`close-${v.id}`}
                  label={`${m.close[lang]} ${program.code} ${v.code}`}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

type Shown = { form?: 'program' | 'volet'; values?: Record<string, unknown>; errors?: FieldErrors; saved?: boolean }

type FieldsAt = ReturnType<typeof fieldsOf>

function ProgramForm(p: { request: FastifyRequest; at: FieldsAt }) {
  const lang = p.request.lang
  return (
    <PostForm
      requiredNote
      lang={lang}
      action={`${PROGRAMS}/nouveau`}
      csrfToken={p.request.csrfToken}
      label={m.addProgram[lang]}
    >
      <Field {...p.at('code')} required maxLength={20} />
      <Field {...p.at('nameFr')} required />
      <Field {...p.at('nameEn')} required />
      <Field {...p.at('validFrom')} type="date" required />
      <button class="qc-button qc-primary" type="submit">
        {m.addProgram[lang]}
      </button>
    </PostForm>
  )
}

function VoletForm(p: { request: FastifyRequest; at: FieldsAt; programs: ProgramOutput[] }) {
  const lang = p.request.lang
  return (
    <PostForm
      requiredNote
      lang={lang}
      action={`${PROGRAMS}/volets/nouveau`}
      csrfToken={p.request.csrfToken}
      label={m.addVolet[lang]}
    >
      <SelectField
        {...p.at('programCode')}
        required
        emptyLabel=""
        options={p.programs.map((x) => ({ value: x.code, label: `${x.code} — ${localName(lang, x)}` }))}
      />
      <Field {...p.at('code')} required maxLength={20} />
      <Field {...p.at('nameFr')} required />
      <Field {...p.at('nameEn')} required />
      <Field {...p.at('validFrom')} type="date" required />
      <button class="qc-button qc-primary" type="submit">
        {m.addVolet[lang]}
      </button>
    </PostForm>
  )
}

/** The two add forms; the one that failed shows its values and errors again. */
function AddForms(p: { request: FastifyRequest; programs: ProgramOutput[]; shown: Shown }) {
  const lang = p.request.lang
  const labels = labelsIn(lang, f)
  const of = (form: 'program' | 'volet') =>
    fieldsOf({
      lang,
      labels,
      values: p.shown.form === form ? (p.shown.values ?? {}) : {},
      errors: p.shown.form === form ? p.shown.errors : undefined,
    })
  return (
    <>
      <h2>{m.addProgram[lang]}</h2>
      <ProgramForm request={p.request} at={of('program')} />
      <h2>{m.addVolet[lang]}</h2>
      <VoletForm request={p.request} at={of('volet')} programs={p.programs} />
    </>
  )
}

async function showPage(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, shown: Shown, status = 200) {
  const ctx = ctxOf(request, deps)
  assertCan(ctx.actor, 'partners.catalogue')
  const programs = await listPrograms(ctx)
  const lang = request.lang
  const page = (
    <AppPage request={request} nav={deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      {shown.saved ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      <ErrorSummary lang={lang} errors={shown.errors} labels={labelsIn(lang, f)} />
      <p>{m.intro[lang]}</p>
      {programs.map((program) => (
        <ProgramSection key={program.code} request={request} program={program} />
      ))}
      <AddForms request={request} programs={programs} shown={shown} />
    </AppPage>
  )
  return sendPage(reply, page, status)
}

const savedQuery = { schema: { hide: true, querystring: z.object({ saved: z.literal('1').optional() }) } }

/** After a save, back to the page with its notice (post/redirect/get). */
const done = (reply: FastifyReply) => () => reply.redirect(`${PROGRAMS}?saved=1`, 303)

/** After a refusal, the page again with the failed form's values and errors. */
const retry =
  (deps: ModuleDeps) =>
  (request: FastifyRequest, reply: FastifyReply, form?: Shown['form']) =>
  (errors: FieldErrors, status: number) =>
    showPage(request, reply, deps, { form, values: typedValues(request.body), errors }, status)

/** The programs and volets admin page (partners.catalogue): list, add, close; post/redirect/get. */
export function registerProgramPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const again = retry(deps)

  app.get(PROGRAMS, savedQuery, async (request, reply) =>
    showPage(request, reply, deps, { saved: request.query.saved === '1' }),
  )
  app.post(`${PROGRAMS}/nouveau`, formRoute(programInput), async (request, reply) =>
    submitForm(
      request,
      () => createProgram(ctxOf(request, deps), request.body),
      done(reply),
      again(request, reply, 'program'),
    ),
  )
  app.post(`${PROGRAMS}/volets/nouveau`, formRoute(voletInput), async (request, reply) =>
    submitForm(
      request,
      () => createVolet(ctxOf(request, deps), request.body),
      done(reply),
      again(request, reply, 'volet'),
    ),
  )
  app.post(`${PROGRAMS}/:code/fermer`, formRoute(closeInput, codeParams), async (request, reply) =>
    submitForm(
      request,
      () => closeProgram(ctxOf(request, deps), request.params.code, request.body),
      done(reply),
      again(request, reply),
    ),
  )
  app.post(`${PROGRAMS}/volets/:id/fermer`, formRoute(closeInput, idParams), async (request, reply) =>
    submitForm(
      request,
      () => closeVolet(ctxOf(request, deps), request.params.id, request.body),
      done(reply),
      again(request, reply),
    ),
  )
}
