import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { FieldErrors, Localized } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { registerUploads } from '../../../platform/http/uploads.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { PostForm } from '../../../platform/views/form.js'
import { FileField } from '../../../platform/views/fields.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { formatNumber } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import type { Ctx } from '../actor.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { assertCan, type Permission } from '../policy.js'
import { AppPage } from '../shell/app-page.js'
import { importText as m } from './import.messages.js'
import { type ImportColumn, type ImportReport, type ImportSpec, importCsv } from './import.runner.js'

/** One kind of record an import page takes: its name, its columns (the help), and how a file of it is imported. */
export type ImportPageEntity = {
  label: Localized
  columns: readonly ImportColumn[]
  run(ctx: Ctx, text: string): Promise<ImportReport>
}

/** An entity of an import page straight from its spec: the file goes through `importCsv`. */
export function importEntity<S extends z.ZodType, P>(label: Localized, spec: ImportSpec<S, P>): ImportPageEntity {
  return { label, columns: spec.columns, run: (ctx, text) => importCsv(ctx, spec, text) }
}

/** A module's import page: where it lives, who may use it, its title, and its entities (the first is preselected). */
export type ImportPageOptions = {
  path: string
  permission: Permission
  title: Localized
  entities: Record<string, ImportPageEntity>
}

const MAX_BYTES = 5 * 1024 * 1024

function ColumnsHelp(p: { lang: Lang; entities: Record<string, ImportPageEntity> }) {
  return (
    <>
      <h2>{m.columns[p.lang]}</h2>
      {Object.entries(p.entities).map(([key, entity]) => (
        <details key={key}>
          <summary>{entity.label[p.lang]}</summary>
          <Table label={entity.label[p.lang]}>
            <thead>
              <tr>
                <th scope="col">{m.column[p.lang]}</th>
                <th scope="col">{m.required[p.lang]}</th>
                <th scope="col">{m.description[p.lang]}</th>
              </tr>
            </thead>
            <tbody>
              {entity.columns.map((c) => (
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

type PageState = { entity?: string; errors?: FieldErrors; report?: ImportReport }

function ImportPage(p: { request: FastifyRequest; deps: ModuleDeps; options: ImportPageOptions } & PageState) {
  const lang = p.request.lang
  const { options } = p
  const labels = { entity: m.entity[lang], file: m.file[lang] }
  const keys = Object.keys(options.entities)
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={options.title[lang]}>
      <h1>{options.title[lang]}</h1>
      {p.report ? <ReportView lang={lang} report={p.report} /> : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <p>{m.intro[lang]}</p>
      <PostForm
        requiredNote
        lang={lang}
        action={options.path}
        csrfToken={p.request.csrfToken}
        enctype="multipart/form-data"
      >
        <RadioGroup
          lang={lang}
          name="entity"
          label={labels.entity}
          required
          value={p.entity ?? keys[0]}
          errors={p.errors}
          options={keys.map((key) => ({ value: key, label: options.entities[key]!.label[lang] }))}
        />
        <FileField
          lang={lang}
          name="file"
          label={m.file[lang]}
          hint={m.fileHint[lang]}
          accept=".csv,text/csv"
          required
          errors={p.errors}
        />
        <button type="submit" class="qc-button qc-primary">
          {m.submit[lang]}
        </button>
      </PostForm>
      <ColumnsHelp lang={lang} entities={options.entities} />
    </AppPage>
  )
}

/** The upload form: one of the page's entities and a non-empty file. */
function uploadForm(options: ImportPageOptions) {
  const keys = Object.keys(options.entities) as [string, ...string[]]
  return z.object({
    entity: z.enum(keys),
    file: z.custom<Buffer>((v) => Buffer.isBuffer(v) && v.length > 0, { params: m.noFile }),
  })
}

/**
 * Registers a module's CSV import page at `options.path` (GET the form and the expected columns, POST a file): the
 * file is imported all-or-nothing by its entity's `run`, and the page shows the report of every bad row (400).
 */
export async function registerImportPage(
  root: FastifyInstance,
  deps: ModuleDeps,
  options: ImportPageOptions,
): Promise<void> {
  const show = (request: FastifyRequest, reply: FastifyReply, state: PageState, status = 200) =>
    sendPage(reply, <ImportPage request={request} deps={deps} options={options} {...state} />, status)
  // Multipart bodies only here: the file arrives in memory, limited in size, beside the CSRF field.
  const uploadScope: FastifyPluginAsync = async (scoped) => {
    await registerUploads(scoped, { maxBytes: MAX_BYTES })
    const app = scoped.withTypeProvider<ZodTypeProvider>()
    app.get(options.path, { schema: { hide: true } }, async (request, reply) => {
      assertCan(ctxOf(request, deps).actor, options.permission)
      return show(request, reply, {})
    })
    app.post(options.path, formRoute(uploadForm(options)), async (request, reply) => {
      const ctx = ctxOf(request, deps)
      assertCan(ctx.actor, options.permission)
      // The body is only read once valid: submitForm shows the form again first when it is not.
      const entity = () => options.entities[request.body.entity]!
      return submitForm(
        request,
        () => entity().run(ctx, request.body.file.toString('utf8')),
        (report) => show(request, reply, { entity: request.body.entity, report }, report.problems.length ? 400 : 200),
        (errors, status) => show(request, reply, { entity: typedValues(request.body).entity, errors }, status),
      )
    })
  }
  await root.register(uploadScope)
}
