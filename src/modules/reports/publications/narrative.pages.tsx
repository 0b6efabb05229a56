import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, assertCan, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { parseInput } from '../../../platform/validation.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { fieldsOf, PostForm, TextAreaField } from '../../../platform/views/form.js'
import { formatDate, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import type { BilanDocument, BilanNarrative, BilanSection, SectionKey } from '../bilan/bilan.document.js'
import { sectionKeys } from '../bilan/bilan.document.js'
import { sendBilanFormErrors } from '../bilan/bilan.pages.js'
import { computeBilan } from '../bilan/bilan.service.js'
import { bilanDocument } from '../bilan/bilan.text.js'
import { type BilanPeriod, bilanPageQuery, bilanPeriod, narrativeForm, sectionsOfForm } from './narrative.contracts.js'
import { getNarrativeForEdit, saveNarrative } from './narrative.service.js'
import { assertMayPublish } from './publication.service.js'
import { narrativeText as m, sectionLabels } from './publication.messages.js'
import { BILANS, NARRATIVE, PUBLISH, periodQuery } from './publication.paths.js'

type Values = Record<string, string | undefined>

/** The form's values for a stored narrative: each section's mode and its paragraphs separated by a blank line. */
function valuesOf(narrative: BilanNarrative): Values {
  const values: Values = {}
  for (const k of sectionKeys) {
    const s = narrative[k]
    values[`${k}.mode`] = s?.mode ?? 'add'
    values[`${k}.fr`] = s?.fr.join('\n\n') ?? ''
    values[`${k}.en`] = s?.en.join('\n\n') ?? ''
  }
  return values
}

/** Every field's label, to name it in the error summary. */
function labelsOf(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const k of sectionKeys) {
    labels[`${k}.mode`] = `${sectionLabels[k][lang]} — ${m.mode[lang]}`
    labels[`${k}.fr`] = `${sectionLabels[k][lang]} — ${m.fr[lang]}`
    labels[`${k}.en`] = `${sectionLabels[k][lang]} — ${m.en[lang]}`
  }
  return labels
}

/** A section's computed text, read-only. */
function ComputedText(p: { section: BilanSection | undefined }) {
  if (!p.section) return null
  return (
    <div class="bilan-computed">
      {p.section.blocks.map((b) =>
        b.kind === 'paragraph' ? (
          <p>{b.text}</p>
        ) : (
          <ul>
            {b.items.map((i) => (
              <li>{i.strong ? `${i.text} ${i.strong}` : i.text}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  )
}

type PageProps = {
  request: FastifyRequest
  deps: ModuleDeps
  period: BilanPeriod
  computed: BilanDocument
  values: Values
  errors?: FieldErrors
  saved?: boolean
}

/** One section: its computed text, then the mode and the paragraphs in each language. */
function SectionFields(p: { k: SectionKey; lang: Lang; computed: BilanDocument; at: ReturnType<typeof fieldsOf> }) {
  const { k, lang, at } = p
  const modes = [
    { value: 'add', label: m.add[lang] },
    { value: 'replace', label: m.replace[lang] },
  ]
  return (
    <section aria-labelledby={`s-${k}`}>
      <h2 id={`s-${k}`}>{sectionLabels[k][lang]}</h2>
      <h3>{m.computed[lang]}</h3>
      <ComputedText section={p.computed.sections.find((s) => s.key === k)} />
      <RadioGroup {...at(`${k}.mode`)} label={m.mode[lang]} options={modes} />
      <TextAreaField {...at(`${k}.fr`)} label={m.fr[lang]} rows={4} />
      <TextAreaField {...at(`${k}.en`)} label={m.en[lang]} rows={4} />
    </section>
  )
}

function NarrativePage(p: PageProps) {
  const lang = p.request.lang
  const labels = labelsOf(lang)
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  const q = periodQuery(p.period)
  const title = `${m.title[lang]} — ${p.computed.title}`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      {p.saved ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      <p>
        {m.period[lang]} : {formatDate(p.period.from, lang)} – {formatDate(p.period.to, lang)}
      </p>
      <p>{m.intro[lang]}</p>
      <p>
        <a href={`${BILANS}?${q}`}>{m.preview[lang]}</a> · <a href={`${PUBLISH}?${q}`}>{m.publish[lang]}</a>
      </p>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm lang={lang} action={`${NARRATIVE}?${q}`} csrfToken={p.request.csrfToken}>
        {sectionKeys.map((k) => (
          <SectionFields k={k} lang={lang} computed={p.computed} at={at} />
        ))}
        <button class="qc-button qc-primary" type="submit">
          {m.save[lang]}
        </button>
      </PostForm>
    </AppPage>
  )
}

/** The computed text of the period in the page's language (staff figures, the narrative left out). */
async function computedOf(request: FastifyRequest, deps: ModuleDeps, p: BilanPeriod): Promise<BilanDocument> {
  const model = await computeBilan(deps.db, { regionCode: p.region, from: p.from, to: p.to }, deps.now())
  return bilanDocument(model, request.lang)
}

/** The director's narrative of a Bilan: GET shows it beside the computed text, POST saves it (post/redirect/get). */
export function registerNarrativePages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(NARRATIVE, { schema: { hide: true } }, async (request, reply) => {
    assertCan(ctxOf(request, deps).actor, 'reports.publish')
    const parsed = bilanPageQuery.safeParse(request.query)
    if (!parsed.success) return sendBilanFormErrors(request, reply, deps)
    const q = parsed.data
    const narrative = await getNarrativeForEdit(ctxOf(request, deps), q)
    const props = { request, deps, period: q, computed: await computedOf(request, deps, q) }
    return sendPage(reply, <NarrativePage {...props} values={valuesOf(narrative)} saved={q.saved === '1'} />)
  })
  app.post(NARRATIVE, formRoute(narrativeForm), async (request, reply) => {
    assertCan(ctxOf(request, deps).actor, 'reports.publish')
    const period = parseInput(bilanPeriod, request.query)
    const ctx = ctxOf(request, deps)
    await assertMayPublish(ctx, period.region)
    const run = () => saveNarrative(ctx, { ...period, sections: sectionsOfForm(request.body) })
    const saved = () => reply.redirect(`${NARRATIVE}?${periodQuery(period)}&saved=1`, 303)
    return submitForm(request, run, saved, async (errors, status) => {
      const computed = await computedOf(request, deps, period)
      const page = <NarrativePage {...{ request, deps, period, computed, errors }} values={typedValues(request.body)} />
      return sendPage(reply, page, status)
    })
  })
}
