import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { VNode } from 'preact'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { CatalogueTable, RetireEntryForm } from '../../../platform/views/catalogue.js'
import { Field, FormActions, fieldsOf, PostForm } from '../../../platform/views/form.js'
import { colon, labelsIn } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { kindCode, kindInput, kindNamesInput, kindRetireInput, type KindOutput } from './action-kind.contracts.js'
import {
  assertCanManageActionKinds,
  createActionKind,
  getActionKindOrThrow,
  listActionKinds,
  renameActionKind,
  retireActionKind,
} from './action-kind.service.js'
import { kindText as m } from './action.messages.js'

export const ACTION_KINDS = '/app/admin/types-actions'
const BASE = ACTION_KINDS
const codeParams = z.object({ code: kindCode })
const listQuery = z.object({ saved: z.literal('1').optional() })
type Values = Record<string, unknown>

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; kinds: KindOutput[]; saved: boolean }) {
  const { lang } = p.request
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      {p.saved ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      <p>{m.intro[lang]}</p>
      <p>
        <a class="qc-button qc-primary" href={`${BASE}/nouveau`}>
          {m.add[lang]}
        </a>
      </p>
      <CatalogueTable
        lang={lang}
        label={m.listTitle[lang]}
        base={BASE}
        text={{ ...m, edit: m.rename }}
        entries={p.kinds}
      />
    </AppPage>
  )
}

type FormState = { code?: string; values: Values; errors?: FieldErrors }

/** The new-kind form (code, names, order, start) or the rename form (names and order). */
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
      <PostForm requiredNote lang={lang} action={`${BASE}/${code ?? 'nouveau'}`} csrfToken={p.request.csrfToken}>
        <Field {...at('nameFr')} required maxLength={200} />
        <Field {...at('nameEn')} required maxLength={200} />
        {code ? null : <Field {...at('code')} hint={m.codeHint[lang]} maxLength={60} />}
        <Field {...at('sortOrder')} />
        {code ? null : <Field {...at('validFrom')} type="date" required />}
        <FormActions saveLabel={m.save[lang]} cancelHref={BASE} cancelLabel={m.cancel[lang]} />
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
        base={BASE}
        code={p.form.code}
        csrfToken={p.request.csrfToken}
        text={m}
        values={p.form.values}
        errors={p.form.errors}
      />
    </AppPage>
  )
}

type Show = (request: FastifyRequest, reply: FastifyReply, state: FormState, status?: number) => FastifyReply
const saved = (reply: FastifyReply) => () => reply.redirect(`${BASE}?saved=1`, 303)

/** Adding a kind and renaming one. */
function registerKindForms(root: FastifyInstance, deps: ModuleDeps, form: Show): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${BASE}/nouveau`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanManageActionKinds(ctx)
    return form(request, reply, { values: { validFrom: civilDate(ctx.now) } })
  })
  app.post(`${BASE}/nouveau`, formRoute(kindInput), async (request, reply) =>
    submitForm(
      request,
      () => createActionKind(ctxOf(request, deps), request.body),
      saved(reply),
      (errors, status) => form(request, reply, { values: typedValues(request.body), errors }, status),
    ),
  )
  app.get(`${BASE}/:code`, { schema: { hide: true, params: codeParams } }, async (request, reply) => {
    const kind = await getActionKindOrThrow(ctxOf(request, deps), request.params.code)
    return form(request, reply, { code: kind.code, values: kind })
  })
  app.post(`${BASE}/:code`, formRoute(kindNamesInput, codeParams), async (request, reply) => {
    const { code } = request.params
    return submitForm(
      request,
      () => renameActionKind(ctxOf(request, deps), code, request.body),
      saved(reply),
      (errors, status) => form(request, reply, { code, values: typedValues(request.body), errors }, status),
    )
  })
}

/** Retiring a kind: a confirmation page with the end date, then the post. */
function registerKindRetire(root: FastifyInstance, deps: ModuleDeps, retire: Show): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${BASE}/:code/retirer`, { schema: { hide: true, params: codeParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const kind = await getActionKindOrThrow(ctx, request.params.code)
    return retire(request, reply, { code: kind.code, values: { validTo: civilDate(ctx.now) } })
  })
  app.post(`${BASE}/:code/retirer`, formRoute(kindRetireInput, codeParams), async (request, reply) => {
    const { code } = request.params
    return submitForm(
      request,
      () => retireActionKind(ctxOf(request, deps), code, request.body),
      saved(reply),
      (errors, status) => retire(request, reply, { code, values: typedValues(request.body), errors }, status),
    )
  })
}

const show = (reply: FastifyReply, page: VNode, status = 200) => sendPage(reply, page, status)

/** The action kinds catalogue's administration: list, add, rename, retire (an end date, never a deletion). */
export function registerActionKindPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(BASE, { schema: { hide: true, querystring: listQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanManageActionKinds(ctx)
    const kinds = await listActionKinds(ctx)
    return show(reply, <ListPage request={request} deps={deps} kinds={kinds} saved={request.query.saved === '1'} />)
  })
  registerKindForms(root, deps, (request, reply, state, status = 200) =>
    show(reply, <FormPage request={request} deps={deps} form={state} />, status),
  )
  registerKindRetire(root, deps, (request, reply, state, status = 200) =>
    show(reply, <RetirePage request={request} deps={deps} form={{ ...state, code: state.code ?? '' }} />, status),
  )
}
