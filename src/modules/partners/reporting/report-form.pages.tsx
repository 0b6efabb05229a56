import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { registerUploads } from '../../../platform/http/uploads.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { Field, fieldsOf, FormActions, PostForm, SelectField, TextAreaField } from '../../../platform/views/form.js'
import { FileField } from '../../../platform/views/fields.js'
import { formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { MAX_FILE_BYTES, MAX_FILES } from './report-files.js'
import { ACTION_ROWS, reportForm, submitReportForm } from './report-form.js'
import { reportText as m } from './report.messages.js'
import { getReportFormChoices, type ReportFormChoices } from './report.service.js'

const PORTAL_AGREEMENTS = '/partenaires/ententes'
const params = z.object({ id: z.uuid() })
const formQuery = z.object({ livrable: z.string().optional() })
type Values = Record<string, string>

function ActionRow(p: { lang: Lang; row: number; at: ReturnType<typeof fieldsOf>; choices: ReportFormChoices }) {
  const { lang, row, at } = p
  const name = (field: string) => `actions.${row}.${field}`
  return (
    <fieldset>
      <legend>{m.actionN[lang].replace('{n}', String(row + 1))}</legend>
      <SelectField
        {...at(name('kindCode'))}
        emptyLabel={m.chooseKind[lang]}
        options={p.choices.kinds.map((k) => ({ value: k.code, label: localName(lang, k) }))}
      />
      <Field {...at(name('title'))} maxLength={200} />
      <Field {...at(name('startOn'))} type="date" />
      <Field {...at(name('endOn'))} type="date" />
      <Field {...at(name('municipality'))} maxLength={120} />
      <Field {...at(name('immigrantParticipants'))} />
      <Field {...at(name('totalParticipants'))} />
    </fieldset>
  )
}

function FiguresAndActions(p: { lang: Lang; at: ReturnType<typeof fieldsOf>; choices: ReportFormChoices }) {
  const { lang, at } = p
  const rows = Array.from({ length: ACTION_ROWS }, (_, row) => row)
  return (
    <>
      <h2>{m.figures[lang]}</h2>
      <Field {...at('immigrantParticipants')} />
      <Field {...at('totalParticipants')} />
      <Field {...at('activitiesHeld')} />
      <Field {...at('spent')} hint={m.spentHint[lang]} />
      <h2>{m.actions[lang]}</h2>
      <p>{m.actionsHelp[lang]}</p>
      {rows.map((row) => (
        <ActionRow key={row} lang={lang} row={row} at={at} choices={p.choices} />
      ))}
    </>
  )
}

/** Every field's label, the action rows' included (the error summary names them). */
function labelsOf(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {
    deliverableId: m.deliverable[lang],
    narrative: m.narrative[lang],
    immigrantParticipants: m.immigrantParticipants[lang],
    totalParticipants: m.totalParticipants[lang],
    activitiesHeld: m.activitiesHeld[lang],
    spent: m.spent[lang],
    files: m.files[lang],
    receivedOn: m.deliverable[lang],
  }
  const fields = { kindCode: m.kind, title: m.actionTitle, startOn: m.startOn, endOn: m.endOn }
  const more = { municipality: m.municipality, immigrantParticipants: m.immigrantParticipants }
  for (let row = 0; row < ACTION_ROWS; row++) {
    const n = m.actionN[lang].replace('{n}', String(row + 1))
    for (const [f, label] of Object.entries({ ...fields, ...more, totalParticipants: m.totalParticipants })) {
      labels[`actions.${row}.${f}`] = `${label[lang]} (${n})`
    }
  }
  return labels
}

/** The report's own fields: the deliverable it answers, the narrative, figures and actions, the files. */
function ReportFields(p: {
  lang: Lang
  at: ReturnType<typeof fieldsOf>
  choices: ReportFormChoices
  errors?: FieldErrors
}) {
  const { lang, at } = p
  return (
    <>
      <SelectField
        {...at('deliverableId')}
        emptyLabel={m.noDeliverable[lang]}
        options={p.choices.deliverables.map((d) => ({
          value: d.id,
          label: `${d.title} — ${formatDate(d.dueOn, lang)}`,
        }))}
      />
      <TextAreaField {...at('narrative')} required rows={8} hint={m.narrativeHint[lang]} maxLength={20_000} />
      <FiguresAndActions lang={lang} at={at} choices={p.choices} />
      <h2>{m.files[lang]}</h2>
      <FileField
        lang={lang}
        name="files"
        label={m.files[lang]}
        hint={m.filesHint[lang]}
        accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
        multiple
        errors={p.errors}
      />
    </>
  )
}

function ReportFormPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  choices: ReportFormChoices
  values: Values
  errors?: FieldErrors
}) {
  const lang = p.request.lang
  const a = p.choices.agreement
  const labels = labelsOf(lang)
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  const back = `${PORTAL_AGREEMENTS}/${a.id}`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.newReport[lang]} homeHref="/partenaires">
      <Breadcrumb
        lang={lang}
        trail={[
          { href: '/partenaires', label: m.portal[lang] },
          { href: PORTAL_AGREEMENTS, label: m.agreements[lang] },
          { href: back, label: a.reference },
        ]}
        current={m.newReport[lang]}
      />
      <h1>{m.newReport[lang]}</h1>
      <p>
        {a.reference} — {a.title}
      </p>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm
        requiredNote
        lang={lang}
        action={`${back}/rapports/nouveau`}
        csrfToken={p.request.csrfToken}
        enctype="multipart/form-data"
      >
        <ReportFields lang={lang} at={at} choices={p.choices} errors={p.errors} />
        <FormActions saveLabel={m.submit[lang]} cancelHref={back} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </AppPage>
  )
}

function show(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  state: Omit<Parameters<typeof ReportFormPage>[0], 'request' | 'deps'>,
  status = 200,
) {
  return sendPage(reply, <ReportFormPage request={request} deps={deps} {...state} />, status)
}

/** The portal's report form: a deliverable, the narrative, figures, up to five actions and five files. */
export async function registerReportFormPages(root: FastifyInstance, deps: ModuleDeps): Promise<void> {
  // Multipart bodies only here: the files arrive in memory, each at most 10 MB, beside the CSRF field.
  const uploadScope: FastifyPluginAsync = async (scoped) => {
    await registerUploads(scoped, {
      maxBytes: MAX_FILE_BYTES,
      maxFiles: MAX_FILES + 1,
      maxFields: 60,
      withFileInfo: true,
    })
    const app = scoped.withTypeProvider<ZodTypeProvider>()
    const path = `${PORTAL_AGREEMENTS}/:id/rapports/nouveau`
    app.get(path, { schema: { hide: true, params, querystring: formQuery } }, async (request, reply) => {
      const choices = await getReportFormChoices(ctxOf(request, deps), request.params.id)
      const chosen = choices.deliverables.find((d) => d.id === request.query.livrable)
      return show(request, reply, deps, { choices, values: chosen ? { deliverableId: chosen.id } : {} })
    })
    app.post(path, formRoute(reportForm, params), async (request, reply) => {
      const ctx = ctxOf(request, deps)
      const choices = await getReportFormChoices(ctx, request.params.id)
      const { values = {}, files = [] } = request.validationError ? {} : request.body
      return submitForm<{ id: string; agreementId: string }, unknown>(
        request,
        () => submitReportForm(ctx, choices.agreement.id, values, files),
        (report) => reply.redirect(`${PORTAL_AGREEMENTS}/${report.agreementId}/rapports/${report.id}?soumis=1`, 303),
        (errors, status) => show(request, reply, deps, { choices, values, errors }, status),
      )
    })
  }
  await root.register(uploadScope)
}
