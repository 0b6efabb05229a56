import type { FastifyRequest } from 'fastify'
import type { FieldErrors } from '../../../platform/errors.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { Field, PostForm, SelectField } from '../../../platform/views/form.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import type { ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import type { AnyExportSource } from './export.contracts.js'
import { EXPORTS_PAGE } from './export-form.view.js'
import { exportText as m } from './export.messages.js'
import { filterNames, findSource } from './export.service.js'

const formats = (lang: Lang) => [
  { value: 'csv', label: lang === 'fr' ? 'CSV (tableur, texte)' : 'CSV (spreadsheet, text)' },
  { value: 'xlsx', label: 'XLSX (Excel)' },
]

/** Each of a source's filters in words, in the page's language (its name when the source has no label for it). */
export function filterLabelsOf(source: AnyExportSource | undefined, lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const [name, label] of Object.entries(source?.filterLabels ?? {})) labels[name] = label[lang]
  return labels
}

/** The source's filters as labelled fields with the values sent (a filter without a label stays hidden). */
function FilterFields(p: { source: AnyExportSource; lang: Lang; values: Record<string, string>; errors: FieldErrors }) {
  const labels = filterLabelsOf(p.source, p.lang)
  const names = filterNames(p.source)
  return (
    <fieldset class="qc-fieldset" id="f-filters" tabIndex={-1}>
      <legend>{m.fields.filters[p.lang]}</legend>
      {names.map((name) =>
        labels[name] ? (
          <Field key={name} lang={p.lang} name={name} label={labels[name]} value={p.values[name]} errors={p.errors} />
        ) : p.values[name] ? (
          <input key={name} type="hidden" name={name} value={p.values[name]} />
        ) : null,
      )}
    </fieldset>
  )
}

/**
 * The export form shown again after a refused request (400): the list's title, its filters as labelled fields with the
 * values sent, the format chosen, an error summary whose links reach each field, and the way back to the list.
 */
export function ExportRequestPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  sources: readonly AnyExportSource[]
  values: Record<string, string>
  errors: FieldErrors
}) {
  const { request, values, errors } = p
  const lang = request.lang
  const source = findSource(p.sources, values.source)
  const title = source ? `${m.askedTitle[lang]} — ${source.title[lang]}` : m.askedTitle[lang]
  const labels = {
    source: m.fields.source[lang],
    format: m.fields.format[lang],
    filters: m.fields.filters[lang],
    ...filterLabelsOf(source, lang),
  }
  const sourceOptions = p.sources.map((s) => ({ value: s.name, label: s.title[lang] }))
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      <p>
        <a href={source?.listHref ?? EXPORTS_PAGE}>{source?.listHref ? m.backToList[lang] : m.back[lang]}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <PostForm action={EXPORTS_PAGE} csrfToken={request.csrfToken} label={title}>
        {source ? (
          <input type="hidden" name="source" value={source.name} />
        ) : (
          <SelectField
            lang={lang}
            name="source"
            label={labels.source}
            options={sourceOptions}
            value={values.source}
            errors={errors}
          />
        )}
        {source ? <FilterFields source={source} lang={lang} values={values} errors={errors} /> : null}
        <RadioGroup
          lang={lang}
          name="format"
          label={labels.format}
          value={values.format}
          errors={errors}
          options={formats(lang)}
        />
        <button class="qc-button qc-primary" type="submit">
          {m.submit[lang]}
        </button>
      </PostForm>
    </AppPage>
  )
}
