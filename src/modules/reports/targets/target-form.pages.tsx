import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, assertCan, ctxOf, type ModuleDeps } from '../../access/index.js'
import { fiscalYearLabel } from '../../partners/index.js'
import { listRegionsInScope, regionCode } from '../../territory/index.js'
import { type FieldErrors, notFound } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { Field, FormActions, PostForm } from '../../../platform/views/form.js'
import { localName } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { fiscalYear } from './target.contracts.js'
import { indicatorKind, indicatorLabels, targetIndicators } from './target.indicators.js'
import { targetText as m } from './target.messages.js'
import { listTargetProgress, setTargets } from './target.service.js'
import { typedTargetValue } from './target.values.js'
import { TARGETS } from './target.views.js'

const EDIT = `${TARGETS}/modifier`
const which = z.object({ region: regionCode, annee: fiscalYear })
const typed = z.string().max(20).optional()
const formInput = which.extend(
  Object.fromEntries(targetIndicators.map((i) => [i, typed])) as Record<
    (typeof targetIndicators)[number],
    typeof typed
  >,
)

type FormState = { regionCode: string; fiscalYear: number; values: Record<string, string>; errors?: FieldErrors }

/** The form of a region's four targets for a year (publishers of the region; not_found outside their scope). */
async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const ctx = ctxOf(request, deps)
  assertCan(ctx.actor, 'reports.publish')
  const region = (await listRegionsInScope(ctx)).find((r) => r.code === form.regionCode)
  if (!region) throw notFound('region')
  const lang = request.lang
  const title = `${m.editTitle[lang]} — ${localName(lang, region)}, ${fiscalYearLabel(form.fiscalYear)}`
  const labels = Object.fromEntries(targetIndicators.map((i) => [i, indicatorLabels[i][lang]]))
  const back = `${TARGETS}?region=${form.regionCode}&annee=${form.fiscalYear}`
  const page = (
    <AppPage request={request} nav={deps.nav} title={title}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={form.errors} labels={labels} />
      <PostForm lang={lang} action={EDIT} csrfToken={request.csrfToken}>
        <input type="hidden" name="region" value={form.regionCode} />
        <input type="hidden" name="annee" value={String(form.fiscalYear)} />
        {targetIndicators.map((i) => (
          <Field
            key={i}
            lang={lang}
            name={i}
            label={labels[i]!}
            value={form.values[i] ?? ''}
            errors={form.errors}
            maxLength={20}
            hint={(indicatorKind[i] === 'count' ? m.countHint : m.shareHint)[lang]}
          />
        ))}
        <FormActions saveLabel={m.save[lang]} cancelHref={back} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </AppPage>
  )
  return sendPage(reply, page, status)
}

/** The stored targets as the form shows them ("85,5" in French). */
async function currentValues(request: FastifyRequest, deps: ModuleDeps, regionCode: string, year: number) {
  const [region] = await listTargetProgress(ctxOf(request, deps), { regionCode, fiscalYear: year })
  const values: Record<string, string> = {}
  for (const i of region!.indicators)
    if (i.target !== null)
      values[i.indicator] = typedTargetValue(
        i.kind,
        i.kind === 'share' ? Math.round(i.target * 100) : i.target,
        request.lang,
      )
  return values
}

function submit(request: FastifyRequest, deps: ModuleDeps, body: z.infer<typeof formInput>) {
  const targets = targetIndicators.map((indicator) => ({ indicator, value: body[indicator] ?? null }))
  return setTargets(ctxOf(request, deps), { regionCode: body.region, fiscalYear: body.annee, targets })
}

/** Changing a region's targets: GET the form, POST it (post/redirect/get to the list with a notice). */
export function registerTargetFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(EDIT, { schema: { hide: true, querystring: which } }, async (request, reply) => {
    const { region, annee } = request.query
    assertCan(ctxOf(request, deps).actor, 'reports.publish')
    const values = await currentValues(request, deps, region, annee)
    return showForm(request, reply, deps, { regionCode: region, fiscalYear: annee, values })
  })
  app.post(EDIT, formRoute(formInput), async (request, reply) => {
    const typedBody = typedValues(request.body)
    const state = { regionCode: typedBody.region ?? '', fiscalYear: Number(typedBody.annee) }
    return submitForm(
      request,
      () => submit(request, deps, request.body),
      () => reply.redirect(`${TARGETS}?region=${request.body.region}&annee=${request.body.annee}&saved=1`, 303),
      (errors, status) => showForm(request, reply, deps, { ...state, values: typedBody, errors }, status),
    )
  })
}
