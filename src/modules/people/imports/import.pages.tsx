import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, assertCan, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { registerUploads } from '../../../platform/http/uploads.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { describedBy, FieldError, PostForm, RequiredMark } from '../../../platform/views/form.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { formatNumber } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { importEntityLabels, importText as m } from './import.messages.js'
import type { ImportReport } from '../../access/index.js'
import { importEntities, importSpecs } from './import.specs.js'
import { importFile } from './import.service.js'

export const IMPORT_PAGE = '/app/admin/import'
const MAX_BYTES = 5 * 1024 * 1024

const uploadForm = z.object({
  entity: z.enum(importEntities),
  file: z.custom<Buffer>((v) => Buffer.isBuffer(v) && v.length > 0, { params: m.noFile }),
})

function FileField(p: { lang: Lang; errors?: FieldErrors }) {
  const error = p.errors?.file
  return (
    <div class={error ? 'qc-textfield field-invalid' : 'qc-textfield'}>
      <label class="qc-label" for="f-file">
        <span class="qc-label-text">{m.file[p.lang]}</span>
        <RequiredMark lang={p.lang} />
      </label>
      <div class="qc-description" id="f-file-hint">
        {m.fileHint[p.lang]}
      </div>
      <input
        id="f-file"
        name="file"
        type="file"
        accept=".csv,text/csv"
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy('f-file', true, Boolean(error))}
      />
      {error ? <FieldError id="f-file-error" message={error[p.lang]} /> : null}
    </div>
  )
}

function ColumnsHelp(p: { lang: Lang }) {
  return (
    <>
      <h2>{m.columns[p.lang]}</h2>
      {importEntities.map((entity) => (
        <details key={entity}>
          <summary>{importEntityLabels[entity]![p.lang]}</summary>
          <Table label={importEntityLabels[entity]![p.lang]}>
            <thead>
              <tr>
                <th scope="col">{m.column[p.lang]}</th>
                <th scope="col">{m.required[p.lang]}</th>
                <th scope="col">{m.description[p.lang]}</th>
              </tr>
            </thead>
            <tbody>
              {importSpecs[entity].columns.map((c) => (
                <tr key={c.name}>
                  <td>
                    <code>{c.name}</code>
                  </td>
                  <td>{(c.required ? m.yes : m.no)[p.lang]}</td>
                  <td>{c.description[p.lang]}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </details>
      ))}
    </>
  )
}

function ReportView(p: { lang: Lang; report: ImportReport }) {
  const { lang, report } = p
  const ok = report.problems.length === 0
  const n = ok ? report.imported : report.problems.length
  const message = n === 1 ? (ok ? m.doneOne : m.refusedOne) : ok ? m.done : m.refused
  const text = message[lang].replace('{n}', formatNumber(n, lang))
  return (
    <>
      <SdgNotice lang={lang} type={ok ? 'success' : 'error'} title={m.report[lang]} focus>
        <p>{text}</p>
      </SdgNotice>
      {ok ? null : (
        <Table label={m.report[lang]}>
          <thead>
            <tr>
              <th scope="col">{m.line[lang]}</th>
              <th scope="col">{m.column[lang]}</th>
              <th scope="col">{m.message[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem, i) => (
              <tr key={i}>
                <td>{problem.line}</td>
                <td>{problem.column ?? '—'}</td>
                <td>{problem.message[lang]}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  )
}

function ImportPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  entity?: string
  errors?: FieldErrors
  report?: ImportReport
}) {
  const lang = p.request.lang
  const labels = { entity: m.entity[lang], file: m.file[lang] }
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      {p.report ? <ReportView lang={lang} report={p.report} /> : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <p>{m.intro[lang]}</p>
      <PostForm
        requiredNote
        lang={lang}
        action={IMPORT_PAGE}
        csrfToken={p.request.csrfToken}
        enctype="multipart/form-data"
      >
        <RadioGroup
          lang={lang}
          name="entity"
          label={labels.entity}
          required
          value={p.entity ?? 'persons'}
          errors={p.errors}
          options={importEntities.map((e) => ({ value: e, label: importEntityLabels[e]![lang] }))}
        />
        <FileField lang={lang} errors={p.errors} />
        <button type="submit" class="qc-button qc-primary">
          {m.submit[lang]}
        </button>
      </PostForm>
      <ColumnsHelp lang={lang} />
    </AppPage>
  )
}

function show(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  state: Omit<Parameters<typeof ImportPage>[0], 'request' | 'deps'>,
  status = 200,
) {
  return sendPage(reply, <ImportPage request={request} deps={deps} {...state} />, status)
}

/** The import page (admins): a CSV upload, all-or-nothing, with the report of every bad row. */
export async function registerImportPages(root: FastifyInstance, deps: ModuleDeps): Promise<void> {
  // Multipart bodies only here: the file arrives in memory, limited in size, beside the CSRF field.
  const uploadScope: FastifyPluginAsync = async (scoped) => {
    await registerUploads(scoped, { maxBytes: MAX_BYTES })
    const app = scoped.withTypeProvider<ZodTypeProvider>()
    app.get(IMPORT_PAGE, { schema: { hide: true } }, async (request, reply) => {
      assertCan(ctxOf(request, deps).actor, 'people.import')
      return show(request, reply, deps, {})
    })
    app.post(IMPORT_PAGE, formRoute(uploadForm), async (request, reply) => {
      const ctx = ctxOf(request, deps)
      assertCan(ctx.actor, 'people.import')
      return submitForm(
        request,
        () => importFile(ctx, request.body.entity, request.body.file.toString('utf8')),
        (report) =>
          show(request, reply, deps, { entity: request.body.entity, report }, report.problems.length ? 400 : 200),
        (errors, status) => show(request, reply, deps, { entity: typedValues(request.body).entity, errors }, status),
      )
    })
  }
  await root.register(uploadScope)
}
