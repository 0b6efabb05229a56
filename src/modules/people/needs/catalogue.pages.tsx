import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { CatalogueTable, RetireEntryForm } from '../../../platform/views/catalogue.js'
import { Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { colon, labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import {
  assertCanManageNeedCatalogue,
  createCatalogueNeed,
  getCatalogueNeedOrThrow,
  listWholeNeedCatalogue,
  replaceCatalogueLabels,
  retireCatalogueNeed,
} from './catalogue.service.js'
import {
  type CatalogueNeedOutput,
  catalogueLabelsInput,
  catalogueNeedInput,
  catalogueRetireInput,
  needCode,
} from './need.contracts.js'
import { catalogueText as m, voletLabels } from './need.messages.js'
import { volets } from './need.schema.js'

export const CATALOGUE = '/app/admin/besoins'
const codeParams = z.object({ code: needCode })
const listQuery = z.object({ saved: z.literal('1').optional() })
type Values = Record<string, unknown>

function VoletTable(p: { lang: Lang; volet: (typeof volets)[number]; needs: CatalogueNeedOutput[] }) {
  const { lang } = p
  if (p.needs.length === 0) return <p>{m.none[lang]}</p>
  return (
    <CatalogueTable
      lang={lang}
      label={voletLabels[p.volet][lang]}
      base={CATALOGUE}
      text={{ ...m, nameFr: m.labelFr, nameEn: m.labelEn }}
      entries={p.needs.map((n) => ({ ...n, nameFr: n.labelFr, nameEn: n.labelEn }))}
    />
  )
}

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; needs: CatalogueNeedOutput[]; saved: boolean }) {
  const { lang } = p.request
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      {p.saved ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      <p>
        <a class="qc-button qc-primary" href={`${CATALOGUE}/nouveau`}>
          {m.add[lang]}
        </a>
      </p>
      {volets.map((volet) => (
        <section key={volet}>
          <h2>{voletLabels[volet][lang]}</h2>
          <VoletTable lang={lang} volet={volet} needs={p.needs.filter((n) => n.volet === volet)} />
        </section>
      ))}
    </AppPage>
  )
}

type FormState = { code?: string; values: Values; errors?: FieldErrors }

/** The new-need form (code, volet, labels, order, start) or the edit form (labels and order only). */
function FormPage(p: { request: FastifyRequest; deps: ModuleDeps; form: FormState }) {
  const { lang } = p.request
  const { code } = p.form
  const title = (code ? m.editTitle : m.newTitle)[lang]
  const labels = labelsIn(lang, m)
  const at = fieldsOf({ lang, labels, values: p.form.values, errors: p.form.errors })
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={p.form.errors} labels={labels} />
      {code ? <p>{`${m.code[lang]}${colon(lang)}${code}`}</p> : null}
      <PostForm requiredNote lang={lang} action={`${CATALOGUE}/${code ?? 'nouveau'}`} csrfToken={p.request.csrfToken}>
        {code ? null : <Field {...at('code')} required hint={m.codeHint[lang]} maxLength={50} />}
        {code ? null : (
          <SelectField
            {...at('volet')}
            required
            emptyLabel=""
            options={volets.map((v) => ({ value: v, label: voletLabels[v][lang] }))}
          />
        )}
        <Field {...at('labelFr')} required maxLength={200} />
        <Field {...at('labelEn')} required maxLength={200} />
        <Field {...at('sortOrder')} required />
        {code ? null : <Field {...at('validFrom')} type="date" required />}
        <FormActions saveLabel={m.save[lang]} cancelHref={CATALOGUE} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </AppPage>
  )
}

function RetirePage(p: { request: FastifyRequest; deps: ModuleDeps; form: FormState & { code: string } }) {
  const { lang } = p.request
  const labels = labelsIn(lang, m)
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.retireTitle[lang]}>
      <h1>{m.retireTitle[lang]}</h1>
      <ErrorSummary lang={lang} errors={p.form.errors} labels={labels} />
      <RetireEntryForm
        lang={lang}
        base={CATALOGUE}
        code={p.form.code}
        csrfToken={p.request.csrfToken}
        text={m}
        values={p.form.values}
        errors={p.form.errors}
      />
    </AppPage>
  )
}

const show = (reply: FastifyReply, page: VNode, status = 200) => sendPage(reply, page, status)

type Show = (request: FastifyRequest, reply: FastifyReply, state: FormState, status?: number) => FastifyReply
const saved = (reply: FastifyReply) => () => reply.redirect(`${CATALOGUE}?saved=1`, 303)

/** Adding a need (code, volet, labels, order, start) and editing one (labels and order). */
function registerCatalogueForms(root: FastifyInstance, deps: ModuleDeps, form: Show): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${CATALOGUE}/nouveau`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanManageNeedCatalogue(ctx)
    return form(request, reply, { values: { validFrom: civilDate(ctx.now), sortOrder: '100' } })
  })
  app.post(`${CATALOGUE}/nouveau`, formRoute(catalogueNeedInput), async (request, reply) =>
    submitForm(
      request,
      () => createCatalogueNeed(ctxOf(request, deps), request.body),
      saved(reply),
      (errors, status) => form(request, reply, { values: typedValues(request.body), errors }, status),
    ),
  )
  app.get(`${CATALOGUE}/:code`, { schema: { hide: true, params: codeParams } }, async (request, reply) => {
    const need = await getCatalogueNeedOrThrow(ctxOf(request, deps), request.params.code)
    return form(request, reply, { code: need.code, values: need })
  })
  app.post(`${CATALOGUE}/:code`, formRoute(catalogueLabelsInput, codeParams), async (request, reply) => {
    const { code } = request.params
    return submitForm(
      request,
      () => replaceCatalogueLabels(ctxOf(request, deps), code, request.body),
      saved(reply),
      (errors, status) => form(request, reply, { code, values: typedValues(request.body), errors }, status),
    )
  })
}

/** Retiring a need: a confirmation page with the end date, then the post. */
function registerCatalogueRetire(root: FastifyInstance, deps: ModuleDeps, retire: Show): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${CATALOGUE}/:code/retirer`, { schema: { hide: true, params: codeParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const need = await getCatalogueNeedOrThrow(ctx, request.params.code)
    return retire(request, reply, { code: need.code, values: { validTo: civilDate(ctx.now) } })
  })
  app.post(`${CATALOGUE}/:code/retirer`, formRoute(catalogueRetireInput, codeParams), async (request, reply) => {
    const { code } = request.params
    return submitForm(
      request,
      () => retireCatalogueNeed(ctxOf(request, deps), code, request.body),
      saved(reply),
      (errors, status) => retire(request, reply, { code, values: typedValues(request.body), errors }, status),
    )
  })
}

/** The needs catalogue's administration: list by volet, add, edit labels, retire (an end date, never a deletion). */
export function registerCataloguePages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(CATALOGUE, { schema: { hide: true, querystring: listQuery } }, async (request, reply) => {
    const needs = await listWholeNeedCatalogue(ctxOf(request, deps))
    return show(reply, <ListPage request={request} deps={deps} needs={needs} saved={request.query.saved === '1'} />)
  })
  registerCatalogueForms(root, deps, (request, reply, state, status = 200) =>
    show(reply, <FormPage request={request} deps={deps} form={state} />, status),
  )
  registerCatalogueRetire(root, deps, (request, reply, state, status = 200) =>
    show(reply, <RetirePage request={request} deps={deps} form={{ ...state, code: state.code ?? '' }} />, status),
  )
}
